import type { GuestCredentials } from "@guestops/client";
import { finishRun } from "./finish-run.js";
import { checkHandle, lookOnce } from "./resume-run.js";
import type { RunHandle } from "./run-handle.js";
import type { PollClient, RunOptions, RunResult } from "./run-types.js";
import { terminateOwnRun } from "./terminate-own-run.js";

/** A run that is still going, as {@link checkRun} reports it. */
export interface RunningRun {
  readonly status: "running";
  readonly vm: string;
  readonly runId: string;
  readonly pid: number;
  /** ms since the run started (the starter's clock). */
  readonly elapsedMs: number;
}

/**
 * Looks at a run once, without waiting: `{ status: "running" }`, or, when it has ended, the
 * finished result (output collected, temp files deleted). A run past its deadline is terminated
 * here. Made for webhooks and serverless functions that cannot wait.
 *
 * @throws InvalidRunHandleError, also when a run past its deadline has a pid that is not the
 *   run's process in the guest (nothing is terminated); the client's error for a fatal failure
 *   (e.g. rejected guest credentials); `signal.reason` on abort (nothing is terminated: the look
 *   is what is aborted)
 * @example
 * const state = await checkRun(client, parseRunHandle(text), credentials);
 * if (state.status === "running") return respond(202);
 * return respond(200, state);
 */
export async function checkRun(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
  options: RunOptions = {},
): Promise<RunningRun | RunResult> {
  const run = checkHandle(handle);
  const { signal } = options;
  const look = await lookOnce(client, run, credentials, signal);
  if (look.kind !== "running") return finishRun(client, run, credentials, look, signal);
  if (run.deadline !== undefined && Date.now() >= run.deadline) {
    const outcome = await terminateOwnRun(client, run, credentials, {
      where: "checkRun",
      status: look.status,
    });
    return finishRun(client, run, credentials, { kind: "timedOut", outcome }, signal);
  }
  return {
    status: "running",
    vm: run.vm,
    runId: run.runId,
    pid: run.pid,
    elapsedMs: Date.now() - run.startedAt,
  };
}
