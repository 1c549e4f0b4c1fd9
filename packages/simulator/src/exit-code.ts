import { constants } from "node:os";

/**
 * The exit code recorded for a guest program. A program killed by a signal has no exit status of
 * its own; we record 128 + the signal number, as a POSIX shell reports it (`$?` after SIGKILL is
 * 137), so one number tells both "killed" and "by what".
 */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  if (signal !== null) return 128 + (constants.signals[signal] ?? 0);
  // Node reports one of the two; keep a visible, non-zero value if it ever reports neither.
  return 255;
}
