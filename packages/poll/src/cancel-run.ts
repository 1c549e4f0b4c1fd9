import type { GuestCredentials } from "@guestops/client";
import { finishRun } from "./finish-run.js";
import { checkHandle, lookOnce } from "./resume-run.js";
import type { RunHandle } from "./run-handle.js";
import type { PollClient, RunOptions, RunResult } from "./run-types.js";
import { terminateOwnRun } from "./terminate-own-run.js";

/**
 * Ends a run now: terminates the program and everything it started, collects what it wrote,
 * deletes the temp files, and reports how it ended (`cancelled: true`, typically
 * `killed by SIGTERM` on Linux). A run that had already ended is reported as it ended.
 *
 * @throws InvalidRunHandleError, also when the handle's pid is not the run's process in the guest
 *   (nothing is terminated); the client's error for a fatal failure; `signal.reason` on abort
 * @example
 * const result = await cancelRun(client, parseRunHandle(text), credentials);
 */
export async function cancelRun(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
  options: RunOptions = {},
): Promise<RunResult> {
  const run = checkHandle(handle);
  const { signal } = options;
  const look = await lookOnce(client, run, credentials, signal);
  if (look.kind !== "running") return finishRun(client, run, credentials, look, signal);
  const outcome = await terminateOwnRun(client, run, credentials, {
    where: "cancelRun",
    status: look.status,
  });
  return finishRun(client, run, credentials, { kind: "cancelled", outcome }, signal);
}
