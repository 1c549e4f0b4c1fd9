import type { CliIo } from "./cli-io.js";
import type { Palette } from "./output/color.js";
import { formatErrorLine } from "./output/error-line.js";
import { exitStatusForRun } from "./output/exit-status.js";
import { type PrintableRun, runToJson } from "./output/run-json.js";
import { truncationNotes } from "./output/truncation-note.js";
import { formatDuration } from "./parse/duration.js";

/** How to print one VM's run. */
export interface PrintRunOptions {
  readonly command: string;
  readonly requestedVm: string;
  readonly json: boolean;
  readonly timeoutMs?: number | undefined;
  readonly interrupted: boolean;
  /** False when the user turned capture off: no note telling them what they asked for. */
  readonly capture?: boolean;
  /** The run's output cap in bytes, for the truncation note; unset: read from the kept bytes. */
  readonly maxOutputBytes?: number | undefined;
}

/**
 * Prints one VM's run the way `govc guest.run` users expect, and returns the exit status: the
 * guest's stdout to stdout and stderr to stderr byte for byte (or one JSON object with `--json`),
 * then, on stderr only, a line for anything that is not a plain exit: a timeout, Ctrl-C, an exit
 * code that cannot be an exit status, a lost process, output not captured or truncated.
 */
export function printRun(
  run: PrintableRun,
  io: Pick<CliIo, "stdout" | "stderr">,
  palette: Palette,
  options: PrintRunOptions,
): number {
  const { command, requestedVm } = options;
  if (options.json) {
    io.stdout.write(`${JSON.stringify(runToJson(run, requestedVm))}\n`);
  } else {
    // Byte for byte when poll kept the bytes: invalid UTF-8 must not become U+FFFD on the way.
    const stdout = run.stdoutBytes ?? run.stdout;
    const stderr = run.stderrBytes ?? run.stderr;
    if (stdout !== undefined && stdout.length > 0) io.stdout.write(stdout);
    if (stderr !== undefined && stderr.length > 0) io.stderr.write(stderr);
  }
  const note = (text: string) => io.stderr.write(`${palette.dim(`guestops: note: ${text}`)}\n`);
  if (run.outputNote && options.capture !== false) note(run.outputNote);
  for (const text of truncationNotes(run, requestedVm, options.maxOutputBytes)) note(text);

  const pid = run.pid === undefined ? "" : ` (pid ${run.pid})`;
  const fail = (text: string) => io.stderr.write(`${palette.red(text)}\n`);
  if (options.interrupted) {
    fail(
      `guestops: ${command} on ${requestedVm} interrupted: the guest program${pid} was terminated`,
    );
  } else if (run.status === "timed_out") {
    const after =
      options.timeoutMs === undefined ? "" : ` after ${formatDuration(options.timeoutMs)}`;
    fail(
      `guestops: ${command} on ${requestedVm} timed out${after}: the guest program${pid} was terminated (raise --timeout if it needs longer)`,
    );
  } else if (run.status === "exited") {
    const code = run.exitCode;
    const plain = `exited with code ${code}`;
    if (typeof code === "number" && code >= 0 && code <= 255) {
      // 126/127 (not executable, not found) or a signal: say so, the bare number is cryptic.
      if (run.exitDescription && run.exitDescription !== plain && code !== 0) {
        note(`the program on ${requestedVm} ${run.exitDescription}`);
      }
    } else if (typeof code === "number") {
      fail(
        `guestops: ${command} on ${requestedVm}: the program ${run.exitDescription ?? `exited with code ${code}`}; that is not an exit status (0-255), so guestops exits 1`,
      );
    }
  } else {
    const error =
      run.error ??
      new Error(run.status === "lost" ? "the process was lost" : "the program did not start");
    fail(formatErrorLine(error, { command, vm: requestedVm }));
  }
  return exitStatusForRun(run, options.interrupted);
}
