/**
 * Bad input: a flag, an environment variable or a file the user gave. The CLI prints the message and
 * the command's usage line and exits 2, before anything is sent to vCenter.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Guard by `name`, so it works across duplicate copies of this module (tests, bundles). */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === "UsageError";
}
