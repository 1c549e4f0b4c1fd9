// Terminating a run from its handle (cancel, deadline, timeout): only after the handle's pid was
// shown to be the run's own wrapper (verify-run-pid.ts), and within a deadline of its own.
import type { GuestCredentials, ProcessStatus } from "@guestops/client";
import { isInvalidRunHandleError } from "./invalid-run-handle-error.js";
import type { RunHandle } from "./run-handle.js";
import type { PollClient } from "./run-types.js";
import { type TerminateOutcome, terminateRun } from "./terminate-run.js";
import { bestEffort } from "./vcenter-call.js";
import { verifyRunPid } from "./verify-run-pid.js";

/** How long terminating a run may take, whatever happened before, in ms. */
export const TERMINATE_MS = 30_000;

/**
 * Terminates a run's program with everything it started, after checking that the handle's pid
 * is the run's. Never rejects but for a foreign pid: a failure to terminate is reported in the
 * outcome (`unknown`), as terminateRun does.
 *
 * @param options.status - the process as just read, when the caller has it (saves a call)
 * @throws InvalidRunHandleError (field `pid`) when the pid is not the run's; nothing was terminated
 */
export async function terminateOwnRun(
  client: Pick<PollClient, "createProcess" | "listProcesses" | "getProcess" | "deleteProcess">,
  handle: RunHandle,
  credentials: GuestCredentials,
  options: { readonly where: string; readonly status?: ProcessStatus | undefined },
): Promise<TerminateOutcome> {
  let outcome: TerminateOutcome | undefined;
  const error = await bestEffort(TERMINATE_MS, async (signal) => {
    const check = await verifyRunPid(client, handle, credentials, { ...options, signal });
    outcome =
      check.kind === "gone"
        ? { kind: "gone", error: check.error }
        : await terminateRun(client, handle, credentials, signal);
  });
  if (isInvalidRunHandleError(error)) throw error;
  return outcome ?? { kind: "unknown", error };
}
