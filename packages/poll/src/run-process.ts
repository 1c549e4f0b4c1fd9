import { withOutputBytes } from "./output-bytes.js";
import { resumeRun } from "./resume-run.js";
import { NO_BYTES } from "./run-files.js";
import type { RunHandle } from "./run-handle.js";
import type { PollClient, RunOptions, RunRequest, RunResult } from "./run-types.js";
import { beginRun, type StartOutcome } from "./start-run.js";

/**
 * Runs a program in a VM and reports how it ended, with its output: what govc `guest.run` and
 * Invoke-VMScript do, plus timeouts that kill, safe retries and cleanup. Preflight (VM by name or
 * id, powered on, optional wait for Tools), a start that never runs the program twice, a wait
 * that notices short jobs at once and spends few calls on long ones, stdout and stderr through
 * guest temp files (deleted afterwards, also on failure and on abort).
 *
 * @returns the result: `exited` with any exit code (a non-zero exit is a result, not an error),
 *   `timed_out` (terminated after `timeout`), `lost` (vanished without an exit code), or
 *   `failed_to_start` (vCenter refused to start the program; `error` says why)
 * @throws InvalidRequestError (nothing sent); VmNotReadyError; CreateOutcomeUnknownError (the
 *   run's temp files are kept and named in it: the program may be writing to them); the
 *   client's errors for failures that are not about the program (VM not found, Tools not running,
 *   guest credentials rejected, vCenter unreachable); `signal.reason` on abort, after the program
 *   and everything it started were terminated
 * @example
 * const result = await runProcess(client, {
 *   vm: "web-01",
 *   path: "/usr/bin/systemctl",
 *   args: ["restart", "nginx"],
 *   credentials: { type: "password", username: "root", password: process.env.GUEST_PASSWORD ?? "" },
 *   timeout: 60_000,
 * });
 * if (result.status !== "exited" || result.exitCode !== 0) console.error(result.exitDescription, result.stderr);
 */
export async function runProcess(
  client: PollClient,
  request: RunRequest,
  options: RunOptions = {},
): Promise<RunResult> {
  const start = await beginRun(client, request, options, "runProcess");
  if (start.kind === "failedToStart") return failedToStart(start);
  return resumeRun(client, start.handle, request.credentials, options);
}

/** What {@link tryStartRun} gives: the run's handle, or the result of a program that did not start. */
export type StartedRun =
  | { readonly started: true; readonly handle: RunHandle }
  | { readonly started: false; readonly result: RunResult };

/**
 * {@link startRun} for callers that wait themselves but report like {@link runProcess}: a program
 * vCenter refused to start (not found, not allowed, bad working directory, failed to start) is a
 * `failed_to_start` result, exactly as runProcess reports it, instead of a throw. Everything else
 * is as startRun: the same errors, and the same single start.
 *
 * @example
 * const start = await tryStartRun(client, request, { signal });
 * if (!start.started) return start.result; // failed_to_start
 * const result = await resumeRun(client, start.handle, request.credentials, { signal, leaveRunningOnAbort: true });
 */
export async function tryStartRun(
  client: PollClient,
  request: RunRequest,
  options: RunOptions = {},
): Promise<StartedRun> {
  const start = await beginRun(client, request, options, "startRun");
  if (start.kind === "failedToStart") return { started: false, result: failedToStart(start) };
  return { started: true, handle: start.handle };
}

/** The result of a run whose program vCenter refused to start. */
export function failedToStart(start: Extract<StartOutcome, { kind: "failedToStart" }>): RunResult {
  const why = start.error instanceof Error ? start.error.message : String(start.error);
  return withOutputBytes(NO_BYTES, NO_BYTES, {
    vm: start.vm,
    vmName: start.vmName,
    runId: start.runId,
    status: "failed_to_start",
    exitDescription: `did not start: ${why}`,
    stdout: "",
    stderr: "",
    stdoutTruncated: false,
    stderrTruncated: false,
    outputCaptured: false,
    timedOut: false,
    error: start.error,
  });
}
