import type { RunToken } from "./run-id.js";
import type { FinishedRun } from "./runner.js";

/** The JSON body of a run, as every route reports it. */
export interface RunView {
  id: string;
  /** VM id, e.g. `vm-42`. */
  vm: string;
  vmName?: string | undefined;
  pid: number;
  status: "running" | FinishedRun["status"];
  startedAt: string;
  /** When the run is terminated if still running, ISO 8601. */
  deadline: string;
  exitCode?: number | null | undefined;
  exitDescription?: string | undefined;
  finishedAt?: string | undefined;
  durationMs?: number | undefined;
  stdout?: string | undefined;
  stderr?: string | undefined;
  /** Whether stdout or stderr was cut at the capture limit. */
  truncated?: boolean | undefined;
  /** Ended by `DELETE /runs/{id}`. */
  cancelled?: boolean | undefined;
}

export function runningView(id: string, token: RunToken): RunView {
  return {
    id,
    vm: token.vm.id,
    vmName: token.vm.name,
    pid: token.pid,
    status: "running",
    startedAt: token.startedAt,
    deadline: new Date(token.deadline).toISOString(),
  };
}

export function finishedView(id: string, token: RunToken, run: FinishedRun): RunView {
  const captured =
    run.outputCaptured !== false && (run.stdout !== undefined || run.stderr !== undefined);
  return {
    ...runningView(id, token),
    status: run.status,
    startedAt: run.startedAt ?? token.startedAt,
    exitCode: run.exitCode,
    exitDescription: run.exitDescription,
    finishedAt: run.finishedAt,
    durationMs: run.durationMs,
    stdout: captured ? (run.stdout ?? "") : undefined,
    stderr: captured ? (run.stderr ?? "") : undefined,
    truncated: captured ? run.stdoutTruncated === true || run.stderrTruncated === true : undefined,
    cancelled: run.cancelled === true ? true : undefined,
  };
}
