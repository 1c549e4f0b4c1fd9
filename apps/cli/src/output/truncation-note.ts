import { formatSize } from "../parse/size.js";
import type { PrintableRun } from "./run-json.js";

/**
 * One note per stream that was cut, saying where and how to get more: `the stdout of web-01 was
 * truncated at 1 MiB (raise with --max-output)`. `maxOutputBytes` is the limit the run had; when
 * the caller does not know it (`wait --handle`: the limit is in the handle), the kept bytes tell,
 * since poll cuts the bytes at the limit exactly.
 */
export function truncationNotes(
  run: PrintableRun,
  requestedVm: string,
  maxOutputBytes?: number,
): string[] {
  const streams = [
    ["stdout", run.stdoutTruncated, run.stdoutBytes],
    ["stderr", run.stderrTruncated, run.stderrBytes],
  ] as const;
  return streams
    .filter(([, truncated]) => truncated === true)
    .map(([name, , bytes]) => {
      const limit = maxOutputBytes ?? bytes?.length;
      const at = limit === undefined || limit === 0 ? "" : ` at ${formatSize(limit)}`;
      return `the ${name} of ${requestedVm} was truncated${at} (raise with --max-output)`;
    });
}
