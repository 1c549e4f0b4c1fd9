/** The CLI's exit statuses other than a guest program's own exit code. */
export const EXIT = {
  ok: 0,
  /** Any failure that is not one of the others. */
  failure: 1,
  /** Bad flags, environment or input files: nothing was started. */
  usage: 2,
  /** `--timeout` passed and the guest program was terminated (as `timeout(1)` does). */
  timeout: 124,
  /** Ctrl-C: the guest program was terminated first (128 + SIGINT). */
  interrupted: 130,
} as const;

/** The parts of a run result that decide an exit status. */
export interface RunOutcome {
  readonly status: "exited" | "timed_out" | "lost" | "failed_to_start";
  readonly exitCode?: number | null | undefined;
}

/** Whether a guest exit code can be passed through as a process exit status as it is. */
export function isPassThroughExitCode(code: number | null | undefined): code is number {
  return typeof code === "number" && Number.isInteger(code) && code >= 0 && code <= 255;
}

/**
 * The exit status of a one-VM run: the guest's exit code when it fits 0–255, 124 on timeout,
 * 130 when interrupted, 1 otherwise (a negative NTSTATUS-style code, a lost process, a failed start).
 */
export function exitStatusForRun(outcome: RunOutcome, interrupted = false): number {
  if (interrupted) return EXIT.interrupted;
  if (outcome.status === "timed_out") return EXIT.timeout;
  if (outcome.status === "exited" && isPassThroughExitCode(outcome.exitCode)) {
    return outcome.exitCode;
  }
  return EXIT.failure;
}

/** The exit status of a run on several VMs: 0 only if every VM ran and exited 0. */
export function exitStatusForFleet(outcomes: Iterable<RunOutcome>, interrupted = false): number {
  if (interrupted) return EXIT.interrupted;
  let any = false;
  for (const outcome of outcomes) {
    any = true;
    if (outcome.status !== "exited" || outcome.exitCode !== 0) return EXIT.failure;
  }
  return any ? EXIT.ok : EXIT.failure;
}
