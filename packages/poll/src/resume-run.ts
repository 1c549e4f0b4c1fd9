import {
  failureKind,
  type GuestCredentials,
  isRetryable,
  type ProcessStatus,
} from "@guestops/client";
import { throwIfAborted } from "./abort.js";
import { finishRun, type RunEnding } from "./finish-run.js";
import { isInvalidRunHandleError } from "./invalid-run-handle-error.js";
import type { PollPending } from "./poll.js";
import { isProcessLostError, ProcessLostError } from "./process-lost-error.js";
import { deleteRunFiles } from "./run-files.js";
import { parseRunHandle, type RunHandle } from "./run-handle.js";
import type { PollClient, RunOptions, RunResult } from "./run-types.js";
import { TERMINATE_MS, terminateOwnRun } from "./terminate-own-run.js";
import { terminateRun } from "./terminate-run.js";
import { bestEffort } from "./vcenter-call.js";
import { verifyRunPid } from "./verify-run-pid.js";
import { waitForProcess } from "./wait-for-process.js";
import { isWaitTimeoutError } from "./wait-timeout-error.js";

/** Options of {@link resumeRun}. */
export interface ResumeRunOptions extends RunOptions {
  /**
   * On abort, leave the guest program running (e.g. a serverless function that ran out of time
   * and will resume the handle later) instead of terminating it. The temp files are kept too.
   * @default false
   */
  readonly leaveRunningOnAbort?: boolean;
  /** Replaces the poll schedule (benchmarks): the delay in ms before the next look. */
  readonly delay?: (pending: PollPending) => number;
}

/**
 * Waits for a started run to end, then collects its output, deletes its temp files and reports
 * how it ended. Works in another process than the one that started the run (a fresh client, a
 * later function invocation): all it needs is the handle and the guest credentials. When the
 * run's deadline passes, the program and everything it started are terminated (`timed_out`).
 *
 * @returns the result; a non-zero exit code is a result, not an error
 * @throws InvalidRunHandleError, also when the run is to be terminated (deadline) and the handle's
 *   pid is not the run's process in the guest (nothing is terminated, the files are kept); the
 *   client's error for a failure the retry-safety table calls fatal (e.g. rejected guest
 *   credentials); `signal.reason` on abort (the program is terminated first, unless
 *   `leaveRunningOnAbort`)
 * @example
 * const result = await resumeRun(client, parseRunHandle(text), credentials);
 * console.log(result.status, result.exitCode, result.stdout);
 */
export async function resumeRun(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
  options: ResumeRunOptions = {},
): Promise<RunResult> {
  const run = checkHandle(handle);
  const { signal } = options;
  let ending: RunEnding;
  try {
    throwIfAborted(signal);
    ending = await waitForEnd(client, run, credentials, options);
  } catch (error) {
    if (signal?.aborted) {
      if (!options.leaveRunningOnAbort) await abortRun(client, run, credentials);
      throw signal.reason;
    }
    // A pid that is not the run's: the run may still be writing its files somewhere; keep them.
    if (run.files !== undefined && !isInvalidRunHandleError(error))
      await deleteRunFiles(client, run.vm, credentials, run.files);
    throw error;
  }
  return finishRun(client, run, credentials, ending, signal);
}

/** Validates a handle given as an object (a typed object may still come from untrusted JSON). */
export function checkHandle(handle: RunHandle): RunHandle {
  return parseRunHandle({ kind: "guestops.run", ...handle });
}

/** Terminates a run and deletes its files, within its own deadline (the caller's signal is aborted). */
export async function abortRun(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
): Promise<void> {
  await bestEffort(TERMINATE_MS, async (signal) => {
    // A pid that is not the run's is left alone (the check throws); only the files go.
    const check = await verifyRunPid(client, handle, credentials, { where: "resumeRun", signal });
    if (check.kind === "ours") await terminateRun(client, handle, credentials, signal);
  });
  if (handle.files !== undefined)
    await deleteRunFiles(client, handle.vm, credentials, handle.files);
}

async function waitForEnd(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
  options: ResumeRunOptions,
): Promise<RunEnding> {
  const { signal } = options;
  const remaining = handle.deadline === undefined ? undefined : handle.deadline - Date.now();
  if (remaining !== undefined && remaining <= 0) {
    // Resumed after the deadline: one look decides between "it ended" and "terminate it".
    const look = await lookOnce(client, handle, credentials, signal);
    if (look.kind !== "running") return look;
    return timeOut(client, handle, credentials, look.status);
  }
  try {
    const exit = await waitForProcess(
      client,
      { vm: handle.vm, pid: handle.pid, credentials },
      {
        startedAt: handle.startedAt,
        ...(signal === undefined ? {} : { signal }),
        ...(remaining === undefined ? {} : { timeout: remaining }),
        ...(options.delay === undefined ? {} : { delay: options.delay }),
      },
    );
    return { kind: "exited", exit };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (isProcessLostError(error)) return { kind: "lost", error };
    if (isWaitTimeoutError(error) && remaining !== undefined) {
      return timeOut(client, handle, credentials);
    }
    throw error;
  }
}

async function timeOut(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
  status?: ProcessStatus,
): Promise<RunEnding> {
  return {
    kind: "timedOut",
    outcome: await terminateOwnRun(client, handle, credentials, { where: "resumeRun", status }),
  };
}

/** One look at a run: ended (exited or lost), or still running (or no news). */
export async function lookOnce(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
  signal: AbortSignal | undefined,
): Promise<RunEnding | { readonly kind: "running"; readonly status?: ProcessStatus }> {
  let status: ProcessStatus;
  try {
    status = await client.getProcess(handle.vm, handle.pid, credentials, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (failureKind(error) === "notFound") {
      return {
        kind: "lost",
        error: new ProcessLostError({
          vm: handle.vm,
          pid: handle.pid,
          reason: "unknown",
          cause: error,
        }),
      };
    }
    if (isRetryable("getProcess", error)) return { kind: "running" };
    throw error;
  }
  if (status.exitCode === undefined) return { kind: "running", status };
  const finishedAt = status.finishedAt ?? new Date().toISOString();
  return {
    kind: "exited",
    exit: {
      vm: handle.vm,
      pid: handle.pid,
      exitCode: status.exitCode,
      startedAt: status.startedAt,
      finishedAt,
      durationMs: Date.parse(finishedAt) - Date.parse(status.startedAt),
      command: status.command,
      polls: 1,
    },
  };
}
