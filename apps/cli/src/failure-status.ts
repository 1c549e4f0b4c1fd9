import { EXIT } from "./output/exit-status.js";
import { isUsageError } from "./usage-error.js";

/**
 * The exit status of a command that failed with an error: 2 when the input was refused before
 * anything was started (our usage errors, the client's InvalidRequestError, an argument poll
 * cannot quote for the guest), 130 after Ctrl-C, else 1.
 */
export function failureStatus(error: unknown, signal: AbortSignal): number {
  if (signal.aborted) return EXIT.interrupted;
  if (isUsageError(error)) return EXIT.usage;
  if (error instanceof Error && error.name === "InvalidRequestError") return EXIT.usage;
  if (isUnquotableArgument(error)) return EXIT.usage;
  // Ctrl-C at a password prompt (raw mode makes it a key, not a signal): exit as Ctrl-C does.
  if (error instanceof Error && error.name === "PromptInterruptedError") return EXIT.interrupted;
  return EXIT.failure;
}

/**
 * poll refuses an argument cmd.exe cannot carry (a line break) with a plain TypeError from
 * quoteCmdArgs, thrown once the guest is known to be Windows and before `create` is sent: bad
 * input, not a failure. Matched by its prefix because it has no error class of its own.
 */
function isUnquotableArgument(error: unknown): boolean {
  return error instanceof TypeError && error.message.startsWith("quoteCmdArgs: ");
}
