/** A run handle could not be read: not JSON, another version, or a field missing or malformed. */
export class InvalidRunHandleError extends Error {
  override readonly name = "InvalidRunHandleError" as const;
  /** The offending field, when one is to blame. */
  readonly field: string | undefined;

  constructor(detail: string, field?: string) {
    super(`parseRunHandle: ${detail}`);
    this.field = field;
  }
}

/** Whether a value is an {@link InvalidRunHandleError}; checks `name`, so it works across package copies. */
export function isInvalidRunHandleError(value: unknown): value is InvalidRunHandleError {
  return value instanceof Error && value.name === "InvalidRunHandleError";
}
