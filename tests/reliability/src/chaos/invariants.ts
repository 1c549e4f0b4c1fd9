// The promises of a run, checked against the simulator's own records rather than against what
// the code under test says about itself.
import { isCreateOutcomeUnknownError } from "@guestops/poll";
import type { RecordedProcess, RunObservation } from "./observation.ts";
import type { PlannedRun } from "./plan.ts";
import { typedErrorProblem } from "./typed-error.ts";

/** The invariants, in the order the table prints them. */
export const INVARIANTS = {
  oneStart: "exactly one start per run (none only if refused; outcome unknown: never two)",
  exitCode: "reported exit code = the real one (simulator's record, the program's own code)",
  typedErrors: "every failure is a typed error with a clear message",
  onTime: "nothing waited past its timeout",
  noTempFiles: "no guest temp file left",
  noneRunning: "no guest process left running",
} as const;

export type InvariantName = keyof typeof INVARIANTS;

/** One broken promise, with enough to find the run again. */
export interface Violation {
  readonly invariant: InvariantName;
  /** Plan index of the run, when one run is to blame. */
  readonly run?: number | undefined;
  readonly detail: string;
}

/** Per invariant: how many runs it was checked on, and what broke. */
export interface InvariantReport {
  readonly checked: Record<InvariantName, number>;
  readonly violations: readonly Violation[];
}

/** Inputs of {@link checkInvariants}. */
export interface InvariantInputs {
  readonly observations: readonly RunObservation[];
  /** Every process the simulator started (`sim.stats.processes`), after the runs ended. */
  readonly processes: readonly RecordedProcess[];
  /** Files still in each VM's temp directory, by VM. */
  readonly tempFiles: ReadonlyMap<string, readonly string[]>;
  /** Extra time a run may take past its timeout (terminating, collecting output), in ms. */
  readonly toleranceMs: number;
}

/** The processes a run started: those whose command line holds its tag (in its VM). */
export function startsOf(
  run: PlannedRun,
  processes: readonly RecordedProcess[],
): RecordedProcess[] {
  return processes.filter((p) => p.vm === run.vm && p.arguments.includes(run.tag));
}

/** Checks every invariant for every run; never throws (see {@link assertInvariants}). */
export function checkInvariants(inputs: InvariantInputs): InvariantReport {
  const checked: Record<InvariantName, number> = {
    oneStart: 0,
    exitCode: 0,
    typedErrors: 0,
    onTime: 0,
    noTempFiles: 0,
    noneRunning: 0,
  };
  const violations: Violation[] = [];
  const broke = (invariant: InvariantName, run: number | undefined, detail: string) =>
    violations.push({ invariant, run, detail });

  for (const observation of inputs.observations) {
    const { run, result, error } = observation;
    const starts = startsOf(run, inputs.processes);
    const where = `${run.driver} ${run.vm} ${run.tag}`;

    // One start. Zero only when the run ended with a refusal or an error before the create
    // went through; an "outcome unknown" error may hide one start, never two.
    checked.oneStart++;
    const refused = result?.status === "failed_to_start";
    const unknown = error instanceof Error && error.name === "CreateOutcomeUnknownError";
    if (starts.length > 1) {
      broke(
        "oneStart",
        run.index,
        `${where}: started ${starts.length} times (pids ${starts.map((p) => p.pid).join(", ")})`,
      );
    } else if (result !== undefined && !refused && starts.length === 0) {
      broke("oneStart", run.index, `${where}: reported ${result.status} but never started`);
    } else if (refused && starts.length !== 0) {
      broke(
        "oneStart",
        run.index,
        `${where}: reported failed_to_start but started pid ${starts[0]?.pid}`,
      );
    }

    // The exit code: a run that started must report the code its process really ended with.
    const started = starts.length === 1 ? starts[0] : undefined;
    if (started !== undefined) {
      checked.exitCode++;
      const real = started.exitCode;
      if (result === undefined) {
        if (!unknown) {
          broke(
            "exitCode",
            run.index,
            `${where}: started pid ${started.pid} (exit ${real}) but the run threw ${name(error)}: its exit code was lost`,
          );
        }
      } else if (real === undefined) {
        broke(
          "exitCode",
          run.index,
          `${where}: reported ${result.status} while pid ${started.pid} still runs`,
        );
      } else if (result.exitCode !== real) {
        broke(
          "exitCode",
          run.index,
          `${where}: reported ${result.status} exit ${result.exitCode}, the process ended with ${real} (${explain(result)})`,
        );
      } else if (!run.overrun && real !== run.exitCode) {
        broke(
          "exitCode",
          run.index,
          `${where}: the program should exit ${run.exitCode}, the simulator saw ${real}`,
        );
      } else if (run.overrun && result.status !== "timed_out") {
        broke(
          "exitCode",
          run.index,
          `${where}: slept past its timeout but reported ${result.status}`,
        );
      } else if (!run.overrun && result.status !== "exited") {
        broke("exitCode", run.index, `${where}: ended by itself but reported ${result.status}`);
      }
    }

    // Typed errors, thrown or reported in a result (failed_to_start, lost).
    const failures = [error, result?.error].filter((value) => value !== undefined);
    if (failures.length > 0 || result?.status === "lost") checked.typedErrors++;
    for (const failure of failures) {
      const problem = typedErrorProblem(failure);
      if (problem !== undefined) broke("typedErrors", run.index, `${where}: ${problem}`);
    }

    checked.onTime++;
    const budget = run.timeoutMs + inputs.toleranceMs;
    if (observation.elapsedMs > budget) {
      broke(
        "onTime",
        run.index,
        `${where}: took ${Math.round(observation.elapsedMs)} ms, timeout ${run.timeoutMs} ms (+${inputs.toleranceMs} ms allowed)`,
      );
    }
  }

  // Temp files: every VM's temp directory must be empty; a file is blamed on the run whose id
  // its name holds, when that run is known. The one exception: a run whose create outcome stayed
  // unknown keeps its files on purpose (they hold the output of a program that may have run), and
  // its CreateOutcomeUnknownError names them and its run id, so the caller knows where to look.
  const byRunId = new Map<string, RunObservation>();
  const keptOnPurpose = new Set<string>();
  for (const observation of inputs.observations) {
    if (observation.result !== undefined) byRunId.set(observation.result.runId, observation);
    if (isCreateOutcomeUnknownError(observation.error)) keptOnPurpose.add(observation.error.runId);
  }
  for (const [vm, files] of inputs.tempFiles) {
    checked.noTempFiles++;
    for (const file of files) {
      const runId = /guestops-([0-9a-f]{16})-/.exec(file)?.[1];
      if (runId !== undefined && keptOnPurpose.has(runId)) continue;
      const owner = runId === undefined ? undefined : byRunId.get(runId);
      broke(
        "noTempFiles",
        owner?.run.index,
        `${vm}: ${file} left behind${owner?.result ? ` by ${owner.run.tag} (${explain(owner.result)})` : ""}`,
      );
    }
  }

  for (const process of inputs.processes) {
    checked.noneRunning++;
    if (process.exitCode === undefined) {
      broke(
        "noneRunning",
        undefined,
        `${process.vm}: pid ${process.pid} still runs: ${process.arguments.slice(0, 120)}`,
      );
    }
  }
  return { checked, violations };
}

/** Thrown when an invariant broke: the message lists every broken promise. */
export class InvariantsBrokenError extends Error {
  override readonly name = "InvariantsBrokenError";
  readonly violations: readonly Violation[];
  constructor(violations: readonly Violation[]) {
    const lines = violations.slice(0, 30).map((v) => `  [${v.invariant}] ${v.detail}`);
    const more = violations.length > 30 ? `\n  ... and ${violations.length - 30} more` : "";
    super(`${violations.length} invariant violation(s):\n${lines.join("\n")}${more}`);
    this.violations = violations;
  }
}

/** Throws {@link InvariantsBrokenError} when anything broke. */
export function assertInvariants(report: InvariantReport): void {
  if (report.violations.length > 0) throw new InvariantsBrokenError(report.violations);
}

/** What a result says about itself, for a violation's detail. */
function explain(result: NonNullable<RunObservation["result"]>): string {
  const parts = [`${result.status}: ${result.exitDescription}`];
  if (result.outputNote !== undefined) parts.push(`note: ${result.outputNote}`);
  if (result.error !== undefined) parts.push(`error: ${name(result.error)}`);
  return parts.join("; ");
}

function name(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
