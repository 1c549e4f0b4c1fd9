// What the downloads of a run's output files mean for its result: whether the output was
// captured, what to tell the user, and which files must stay in the guest because they may hold
// output that was not delivered.
import type { CapturedStream } from "./run-files.js";
import type { RunFiles } from "./run-handle.js";

/** The verdict on a run's output. */
export interface OutputVerdict {
  /** stdout and stderr were both delivered (or had nothing to deliver). */
  readonly captured: boolean;
  /** What went wrong, in plain words, for `outputNote`. */
  readonly notes: readonly string[];
  /** Output files that could not be downloaded: they are not to be deleted. */
  readonly keep: readonly string[];
}

/** Judges the output of a run from its files and what downloading them gave. */
export function judgeOutput(
  files: RunFiles | undefined,
  stdout: CapturedStream,
  stderr: CapturedStream,
): OutputVerdict {
  if (files?.stdout === undefined) return { captured: false, notes: [], keep: [] };
  const notes: string[] = [];
  // The stdout file is created through the API before the program starts (run-files.ts), so it
  // cannot be missing for want of output: it was removed since, by an earlier collection of the
  // same handle or by someone in the guest. A missing stderr file only means nothing opened it
  // (the program was killed before its redirections, or a Windows program wrote nothing there).
  const gone = stdout.missing === true;
  if (gone) {
    notes.push(
      `output was not captured: the run's output file ${files.stdout} no longer exists in the guest; an earlier resumeRun, checkRun or cancelRun of this run handle collected the output already (it is collected once, then deleted), or the file was deleted in the guest`,
    );
  }
  const keep: string[] = [];
  const streams = [
    ["stdout", stdout, files.stdout],
    ["stderr", stderr, files.stderr],
  ] as const;
  for (const [name, stream, path] of streams) {
    if (stream.failure === undefined || path === undefined) continue;
    keep.push(path);
    notes.push(
      `${name} could not be downloaded: ${stream.failure}; the guest file ${path} is kept for you to read (then delete it)`,
    );
  }
  return { captured: !gone && keep.length === 0, notes, keep };
}
