/**
 * A run handle could not be read (not JSON, another version, a field missing or malformed, a file
 * that is not the run's), or its pid is not the run's process in the guest.
 */
export class InvalidRunHandleError extends Error {
  override readonly name = "InvalidRunHandleError" as const;
  /** The offending field, when one is to blame. */
  readonly field: string | undefined;

  /**
   * @param where - the function that found the handle wrong: `parseRunHandle` for its fields, or
   *   the one that checked the handle against the guest (e.g. `cancelRun` for a foreign pid)
   */
  constructor(detail: string, field?: string, where = "parseRunHandle") {
    super(`${where}: ${detail}`);
    this.field = field;
  }

  /** A plain object for logs: `JSON.stringify(error)` keeps the message and the field. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, field: this.field };
  }
}

/** Whether a value is an {@link InvalidRunHandleError}; checks `name`, so it works across package copies. */
export function isInvalidRunHandleError(value: unknown): value is InvalidRunHandleError {
  return value instanceof Error && value.name === "InvalidRunHandleError";
}
