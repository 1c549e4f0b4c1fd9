// How a run's guest temp files are named: `guestops-<runId>-<random><suffix>`, one suffix per
// file. The one place that knows it, so that a run handle (which may come from untrusted JSON) can
// be held to naming only files this package created for its run: resumeRun downloads and deletes
// the files a handle names.
import type { RunFiles } from "./run-handle.js";

/** The suffix of each run file, by its field in {@link RunFiles}. */
export const RUN_FILE_SUFFIXES = {
  stdout: ".out",
  stderr: ".err",
  exitCode: ".code",
  stdin: ".in",
} as const satisfies Record<keyof RunFiles, string>;

/** The prefix of a run's temp file names (createTemporary adds random characters after it). */
export function runFilePrefix(runId: string): string {
  return `guestops-${runId}-`;
}

/**
 * Why `path` cannot be the `field` file of run `runId`, or undefined when it can: its file name
 * (after the last `/` or `\`, so Linux and Windows paths alike) must be the run's prefix, at least
 * one more character, and the field's suffix.
 */
export function runFileNameProblem(
  runId: string,
  field: keyof RunFiles,
  path: string,
): string | undefined {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const prefix = runFilePrefix(runId);
  const suffix = RUN_FILE_SUFFIXES[field];
  if (
    name.startsWith(prefix) &&
    name.endsWith(suffix) &&
    name.length > prefix.length + suffix.length
  )
    return undefined;
  return `files.${field} must be a guest file this package created for run ${runId} (named ${prefix}…${suffix}), not ${JSON.stringify(path)}`;
}

/** A run file's path without its suffix: every file of a run shares it. */
export function runFileStem(field: keyof RunFiles, path: string): string {
  return path.slice(0, path.length - RUN_FILE_SUFFIXES[field].length);
}
