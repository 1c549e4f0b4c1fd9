/** A guest program the simulator started (or emulated), as recorded in `stats.processes`. */
export interface ProcessRecord {
  /** VM identifier. */
  readonly vm: string;
  /** Process id as returned by create (on Linux guests, the real pid of the program). */
  readonly pid: number;
  /** `spec.path`. */
  readonly path: string;
  /** `spec.arguments` ("" when absent). */
  readonly arguments: string;
  /** The complete environment the program got. */
  readonly env: Readonly<Record<string, string>>;
  /** Working directory of the program. */
  readonly cwd: string;
  /** Guest user it ran as. */
  readonly owner: string;
  /** Whether it was emulated (Windows guest) rather than run. */
  readonly emulated: boolean;
  /** When it started. */
  readonly startedAt: Date;
  /** When it ended; undefined while running. */
  finishedAt: Date | undefined;
  /** Its exit code (128 + signal number when killed by a signal); undefined while running. */
  exitCode: number | undefined;
}
