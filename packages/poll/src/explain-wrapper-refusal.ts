// create never starts the user's program directly: it starts a wrapper (/bin/bash or /bin/sh on
// Linux, cmd.exe on Windows; see linux-wrapper.ts, windows-wrapper.ts), chosen by the guest
// family, which is mostly read from the path's shape. When the guest lacks that wrapper (a POSIX
// path given for a Windows VM, a drive path for a Linux VM), vCenter's refusal names a program
// the user never mentioned: "/bin/bash was not found". This puts the refusal in the user's terms.
import { isVcenterApiError, VcenterApiError } from "@guestops/client";
import type { GuestFamily } from "./describe-exit-code.js";

/** Where the run's guest family came from. */
export type GuestFamilySource = "request" | "path" | "vm";

/** What the run was about. */
export interface WrapperRefusalContext {
  readonly vm: string;
  /** The user's program (the request's path). */
  readonly program: string;
  /** The wrapper create was asked to start. */
  readonly wrapper: string;
  readonly guestFamily: GuestFamily;
  readonly source: GuestFamilySource;
}

const WORD: Record<GuestFamily, string> = { linux: "Linux", windows: "Windows" };
const EXAMPLE: Record<GuestFamily, string> = { linux: "/usr/bin/...", windows: "C:\\..." };

/**
 * The same refusal, in the user's terms, when vCenter refused the wrapper itself (not found, or a
 * path it could not take); any other error unchanged. The status and error type stay, so retry
 * safety and failure kinds read it as before.
 */
export function explainWrapperRefusal(error: unknown, context: WrapperRefusalContext): unknown {
  if (!isVcenterApiError(error) || error.name !== "VcenterApiError") return error;
  if (error.operation !== "createProcess") return error;
  if (error.errorType !== "NOT_FOUND" && error.errorType !== "INVALID_ARGUMENT") return error;
  if (!namesPath(error, context.wrapper)) return error;
  const { vm, program, wrapper, guestFamily, source } = context;
  const other: GuestFamily = guestFamily === "linux" ? "windows" : "linux";
  const because =
    source === "path"
      ? `guestops starts a ${WORD[guestFamily]} path through ${wrapper}`
      : source === "request"
        ? `guestFamily "${guestFamily}" starts programs through ${wrapper}`
        : `vCenter says ${vm} runs ${WORD[guestFamily]}, so guestops starts programs through ${wrapper}`;
  const refusal =
    error.errorType === "NOT_FOUND" ? "which the guest does not have" : "which the guest refused";
  return new VcenterApiError({
    status: error.status,
    errorType: error.errorType,
    messages: error.messages,
    data: error.data,
    operation: error.operation,
    vm: error.vm,
    summary: `${program} was not started in ${vm}: ${because}, ${refusal}, so the guest may be ${WORD[other]}`,
    advice: `Wrong guest family: give the program's ${WORD[other]} path (${EXAMPLE[other]}) or set guestFamily: "${other}".`,
    cause: error,
  });
}

/** Whether vCenter's answer is about `path` (FileErrorDetails, or a message argument). */
function namesPath(error: VcenterApiError, path: string): boolean {
  const data = error.data as { file_path?: unknown } | undefined;
  if (typeof data === "object" && data !== null && data.file_path === path) return true;
  return error.messages.some((message) => message.args.includes(path));
}
