/** Fields of a {@link CreateOutcomeUnknownError}. */
export interface CreateOutcomeUnknownErrorOptions {
  readonly vm: string;
  /** The run id embedded in the started command, to look for in the guest. */
  readonly runId: string;
  /** How many times the guest's process list was read without finding it. */
  readonly looks: number;
  /** The ambiguous failure of `create` (a reset or timeout after sending, an unexplained 5xx). */
  readonly cause: unknown;
  /**
   * Guest temp files of the run that were kept (output capture, stdin): a program that did start
   * writes its output there. @default none
   */
  readonly keptFiles?: readonly string[] | undefined;
}

/**
 * A `create` failed after the request was sent, and the guest's process list did not show the
 * program either: it may or may not be running. Nothing is started again blindly; check the guest.
 */
export class CreateOutcomeUnknownError extends Error {
  override readonly name = "CreateOutcomeUnknownError" as const;
  /** VM identifier. */
  readonly vm: string;
  /** The run id embedded in the command line of the program, if it started. */
  readonly runId: string;
  /** How many times the process list was read. */
  readonly looks: number;
  /** The run's guest temp files that were kept for you to read and delete (empty when none). */
  readonly keptFiles: readonly string[];

  constructor(options: CreateOutcomeUnknownErrorOptions) {
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause);
    const keptFiles = options.keptFiles ?? [];
    const files =
      keptFiles.length === 0
        ? ""
        : ` Its guest temp files were kept, so that the output of a program that did start is not lost: ${keptFiles.join(", ")} (a program that started also gets .err and .code files next to them); read them, then delete them.`;
    super(
      `create in ${options.vm}: the request failed after it was sent (${why}), and after ${options.looks} looks the guest's process list shows no process with "${options.runId}" in its command line. The program may or may not have run: before starting it again, check in the guest for a process or guest temp files named with ${options.runId} (Linux: ps -ef | grep ${options.runId}; Windows: tasklist /v or the Task Manager command line column).${files}`,
      { cause: options.cause },
    );
    this.vm = options.vm;
    this.runId = options.runId;
    this.looks = options.looks;
    this.keptFiles = keptFiles;
  }

  /** A plain object for logs: `JSON.stringify(error)` keeps the message (what to look for) and the fields. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      vm: this.vm,
      runId: this.runId,
      looks: this.looks,
      keptFiles: this.keptFiles,
    };
  }
}

/** Whether a value is a {@link CreateOutcomeUnknownError}; checks `name`, so it works across package copies. */
export function isCreateOutcomeUnknownError(value: unknown): value is CreateOutcomeUnknownError {
  return value instanceof Error && value.name === "CreateOutcomeUnknownError";
}
