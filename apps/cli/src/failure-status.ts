import { EXIT } from "./output/exit-status.js";
import { isUsageError } from "./usage-error.js";

/**
 * The exit status of a command that failed with an error: 2 when the input was refused before
 * anything was sent (our usage errors, the client's InvalidRequestError), 130 after Ctrl-C, else 1.
 */
export function failureStatus(error: unknown, signal: AbortSignal): number {
  if (signal.aborted) return EXIT.interrupted;
  if (isUsageError(error)) return EXIT.usage;
  if (error instanceof Error && error.name === "InvalidRequestError") return EXIT.usage;
  return EXIT.failure;
}
