// Ending a run early (timeout, abort, cancel): the program and everything it started, not only
// the wrapper, because `delete` kills a single pid. A follow-up guest command does the killing
// (linux-wrapper.ts / windows-wrapper.ts); `delete` of the wrapper is the fallback.
import type { GuestCredentials } from "@guestops/client";
import { linuxTerminatorCommand } from "./linux-wrapper.js";
import { isProcessLostError } from "./process-lost-error.js";
import type { RunHandle } from "./run-handle.js";
import type { PollClient } from "./run-types.js";
import { safeCreate } from "./safe-create.js";
import { deleteVcenter } from "./vcenter-call.js";
import { type ProcessExit, waitForProcess } from "./wait-for-process.js";
import { isWaitTimeoutError } from "./wait-timeout-error.js";
import { windowsTerminatorCommand } from "./windows-wrapper.js";

/** How long to wait for the wrapper to exit after the terminator started, in ms (SIGTERM grace is 2 s). */
export const TERMINATE_WAIT_MS = 8000;

/** What terminating found: the wrapper's exit, or that it was already gone. */
export type TerminateOutcome =
  | { readonly kind: "exited"; readonly exit: ProcessExit }
  | { readonly kind: "gone"; readonly error: unknown }
  | { readonly kind: "unknown"; readonly error: unknown };

/**
 * Terminates a run's program with all its descendants, then waits (bounded) for the wrapper to
 * exit and reports how it ended. Uses its own signal: it runs after the caller's has aborted.
 */
export async function terminateRun(
  client: Pick<PollClient, "createProcess" | "listProcesses" | "getProcess" | "deleteProcess">,
  handle: Pick<RunHandle, "vm" | "pid" | "guestFamily">,
  credentials: GuestCredentials,
  signal: AbortSignal,
): Promise<TerminateOutcome> {
  const { vm, pid } = handle;
  const command =
    handle.guestFamily === "windows" ? windowsTerminatorCommand(pid) : linuxTerminatorCommand(pid);
  try {
    await safeCreate(
      client,
      vm,
      { path: command.path, arguments: command.arguments },
      credentials,
      // The terminator's command line holds the wrapper's pid; an ambiguous start of it is
      // harmless (running it twice kills nothing more), so the marker only serves reconciling.
      { marker: `${pid}`, signal, maxAttempts: 3 },
    );
  } catch {
    // Could not start it: the delete below still ends the wrapper.
  }
  const wait = (timeout: number) =>
    waitForProcess(client, { vm, pid, credentials }, { signal, timeout });
  try {
    return { kind: "exited", exit: await wait(TERMINATE_WAIT_MS) };
  } catch (error) {
    if (isProcessLostError(error)) return { kind: "gone", error };
    if (!isWaitTimeoutError(error)) return { kind: "unknown", error };
  }
  // Still running (the terminator could not run or did not finish): kill the wrapper itself.
  try {
    await deleteVcenter(
      "deleteProcess",
      (s) => client.deleteProcess(vm, pid, credentials, { signal: s }),
      {
        signal,
      },
    );
    return { kind: "exited", exit: await wait(3000) };
  } catch (error) {
    return isProcessLostError(error) ? { kind: "gone", error } : { kind: "unknown", error };
  }
}
