// A run handle's pid may have been edited (handles may come from untrusted JSON), or the guest may
// have given it to another process after the run's wrapper ended. Terminating it would then kill
// a process that is not the run's. Every wrapper's command line carries the run id
// (linux-wrapper.ts, windows-wrapper.ts), so the pid is checked against it before a run is
// terminated. terminateRun itself does not check: terminateProcess ends arbitrary pids by design.
import { failureKind, type GuestCredentials, type ProcessStatus } from "@guestops/client";
import { InvalidRunHandleError } from "./invalid-run-handle-error.js";
import { runMarker } from "./linux-wrapper.js";
import type { RunHandle } from "./run-handle.js";
import type { PollClient } from "./run-types.js";
import { callVcenter } from "./vcenter-call.js";
import { windowsRunMarker } from "./windows-wrapper.js";

/** What the pid check found: the run's own process, or no process at all (nothing to terminate). */
export type RunPidCheck =
  | { readonly kind: "ours" }
  | { readonly kind: "gone"; readonly error: unknown };

/** Whether a guest command line is the wrapper of run `runId` (either family's marker). */
export function isRunCommand(command: string, runId: string): boolean {
  // Both markers are accepted: the random run id is what makes a match certain, and a handle
  // whose guestFamily was changed must not be able to hide its run from the check.
  return command.includes(runMarker(runId)) || command.includes(windowsRunMarker(runId));
}

/**
 * Checks that the handle's pid is the run's wrapper before it is terminated.
 *
 * @param status - the process as just read (saves a call), when the caller has it
 * @throws InvalidRunHandleError (field `pid`) when the process is not the run's; nothing was
 *   terminated
 */
export async function verifyRunPid(
  client: Pick<PollClient, "getProcess">,
  handle: Pick<RunHandle, "vm" | "pid" | "runId">,
  credentials: GuestCredentials,
  options: {
    readonly where: string;
    readonly signal?: AbortSignal | undefined;
    readonly status?: ProcessStatus | undefined;
  },
): Promise<RunPidCheck> {
  const { vm, pid, runId } = handle;
  let status = options.status;
  if (status === undefined) {
    try {
      status = await callVcenter(
        "getProcess",
        (s) => client.getProcess(vm, pid, credentials, { signal: s }),
        { signal: options.signal },
      );
    } catch (error) {
      // No such process: there is nothing to terminate, ours or not.
      if (failureKind(error) === "notFound") return { kind: "gone", error };
      throw error;
    }
  }
  if (isRunCommand(status.command, runId)) return { kind: "ours" };
  throw new InvalidRunHandleError(
    `process ${pid} in ${vm} is not run ${runId}: its command line does not carry the run id (the handle's pid was changed, or the guest reused it after the run ended); nothing was terminated`,
    "pid",
    options.where,
  );
}
