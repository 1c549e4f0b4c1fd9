import type { RunResult } from "@guestops/poll";
import type { PlannedRun } from "./plan.ts";

/** How one planned run went, as its caller saw it. */
export interface RunObservation {
  readonly run: PlannedRun;
  /** The result, when the run returned one. */
  readonly result?: RunResult | undefined;
  /** What it threw (runProcess) or yielded as its error (runMany), when it did. */
  readonly error?: unknown;
  /** Wall time from the call to its outcome, in ms. */
  readonly elapsedMs: number;
}

/** A guest process as the simulator recorded it: the fields the invariants read. */
export interface RecordedProcess {
  readonly vm: string;
  readonly pid: number;
  readonly arguments: string;
  readonly exitCode: number | undefined;
}
