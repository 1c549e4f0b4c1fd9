/** Fields of a {@link WaitTimeoutError}. */
export interface WaitTimeoutErrorOptions {
  /** What was being waited for, e.g. `poll` or `process 4242 in vm-42`. */
  readonly what: string;
  /** Why the wait ended: the deadline passed, or every allowed attempt was used. */
  readonly reason: "timeout" | "maxAttempts";
  /** The deadline, in ms after the start, when one was set. */
  readonly timeout?: number | undefined;
  /** Attempts (checks or calls) made, the first included. */
  readonly attempts: number;
  /** Time spent, in ms. */
  readonly elapsed: number;
  /** Attempts that answered "not yet". */
  readonly pending?: number;
  /** Attempts that failed with an error that was retried. */
  readonly errors?: number;
  /** The last error seen, if any. */
  readonly cause?: unknown;
}

/**
 * A wait ended without an answer: the deadline passed (`reason: "timeout"`) or every allowed
 * attempt said "not yet" (`reason: "maxAttempts"`). Carries the counts of what was observed.
 */
export class WaitTimeoutError extends Error {
  override readonly name = "WaitTimeoutError" as const;
  /** Why the wait ended. */
  readonly reason: "timeout" | "maxAttempts";
  /** The deadline in ms, when one was set. */
  readonly timeout: number | undefined;
  /** Attempts made, the first included. */
  readonly attempts: number;
  /** Time spent, in ms. */
  readonly elapsed: number;
  /** Attempts that answered "not yet". */
  readonly pending: number;
  /** Attempts that failed with a retried error. */
  readonly errors: number;

  constructor(options: WaitTimeoutErrorOptions) {
    const ended =
      options.reason === "timeout"
        ? `timed out after ${options.elapsed} ms (timeout ${options.timeout} ms)`
        : `gave up after ${options.attempts} attempts (${options.elapsed} ms)`;
    const seen = `${options.attempts} attempts: ${options.pending ?? 0} not yet, ${options.errors ?? 0} errors`;
    super(`${options.what}: ${ended}; ${seen}`, { cause: options.cause });
    this.reason = options.reason;
    this.timeout = options.timeout;
    this.attempts = options.attempts;
    this.elapsed = options.elapsed;
    this.pending = options.pending ?? 0;
    this.errors = options.errors ?? 0;
  }

  /** A plain object for logs: `JSON.stringify(error)` keeps the message and the counts. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      reason: this.reason,
      timeout: this.timeout,
      attempts: this.attempts,
      elapsed: this.elapsed,
      pending: this.pending,
      errors: this.errors,
    };
  }
}

/** Whether a value is a {@link WaitTimeoutError}; checks `name`, so it works across package copies. */
export function isWaitTimeoutError(value: unknown): value is WaitTimeoutError {
  return value instanceof Error && value.name === "WaitTimeoutError";
}
