import type { RunResult } from "./run-types.js";

/**
 * Adds the raw output bytes as non-enumerable fields: callers that pass output on byte for byte
 * (the CLI) read them, while `JSON.stringify(result)` and logs stay as readable as the text fields.
 */
export function withOutputBytes(
  stdout: Uint8Array,
  stderr: Uint8Array,
  result: Omit<RunResult, "stdoutBytes" | "stderrBytes">,
): RunResult {
  return Object.defineProperties(result, {
    stdoutBytes: { value: stdout, enumerable: false },
    stderrBytes: { value: stderr, enumerable: false },
  }) as RunResult;
}
