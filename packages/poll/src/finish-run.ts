// The end of every run, however it ended: the exit code (from vCenter, or from the wrapper's
// exit-code file when vCenter forgot the process), the output, the temp files deleted but for
// those that may hold something not delivered (an exit code or output that could not be read).
import type { GuestCredentials } from "@guestops/client";
import { describeExitCode } from "./describe-exit-code.js";
import { judgeOutput } from "./judge-output.js";
import { withOutputBytes } from "./output-bytes.js";
import {
  type CapturedStream,
  deleteRunFiles,
  NO_BYTES,
  readExitCodeFile,
  readOutputFile,
} from "./run-files.js";
import type { RunFiles, RunHandle } from "./run-handle.js";
import type { PollClient, RunResult } from "./run-types.js";
import type { TerminateOutcome } from "./terminate-run.js";
import type { ProcessExit } from "./wait-for-process.js";

/** How a run came to its end. */
export type RunEnding =
  | { readonly kind: "exited"; readonly exit: ProcessExit }
  | { readonly kind: "timedOut"; readonly outcome: TerminateOutcome }
  | { readonly kind: "cancelled"; readonly outcome: TerminateOutcome }
  | { readonly kind: "lost"; readonly error: unknown };

const NOT_CAPTURED: CapturedStream = { text: "", bytes: NO_BYTES, truncated: false };

/** Collects what a run left, deletes its temp files, and builds the result. */
export async function finishRun(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
  ending: RunEnding,
  signal: AbortSignal | undefined,
): Promise<RunResult> {
  const { vm, files } = handle;
  const exit =
    ending.kind === "exited"
      ? ending.exit
      : ending.kind !== "lost" && ending.outcome.kind === "exited"
        ? ending.outcome.exit
        : undefined;
  let exitCode = exit?.exitCode;
  let recovered = false;
  // An exit-code file that could not be read is kept in the guest: it may be the only copy.
  let keptExitCodeFile: string | undefined;
  try {
    if (exitCode === undefined && files?.exitCode !== undefined) {
      const read = await readExitCodeFile(client, vm, credentials, files.exitCode, signal);
      if (read.kind === "found") {
        exitCode = read.code;
        recovered = true;
      } else if (read.kind === "unreadable") {
        keptExitCodeFile = files.exitCode;
      }
    }
    const read = (path: string | undefined) =>
      path === undefined
        ? Promise.resolve(NOT_CAPTURED)
        : readOutputFile(client, vm, credentials, path, handle.maxOutputBytes, signal);
    const [stdout, stderr] = await Promise.all([read(files?.stdout), read(files?.stderr)]);
    const output = judgeOutput(files, stdout, stderr);
    const kept = new Set([
      ...output.keep,
      ...(keptExitCodeFile === undefined ? [] : [keptExitCodeFile]),
    ]);
    const cleanupNote =
      files === undefined
        ? undefined
        : await deleteRunFiles(client, vm, credentials, withoutPaths(files, kept));
    const keptNote =
      keptExitCodeFile === undefined
        ? undefined
        : `the exit code could not be read: it is in the guest file ${keptExitCodeFile}, kept for you to read (then delete it)`;
    const status =
      ending.kind === "timedOut" ? "timed_out" : exitCode !== undefined ? "exited" : "lost";
    const lostError =
      status === "lost"
        ? ending.kind === "lost"
          ? ending.error
          : ending.kind !== "exited" && ending.outcome.kind !== "exited"
            ? ending.outcome.error
            : undefined
        : undefined;
    const notes = [handle.outputNote, keptNote, ...output.notes, cleanupNote].filter(
      (note): note is string => note !== undefined,
    );
    const description =
      exitCode === undefined
        ? "exit code unknown: the process was lost"
        : describeExitCode(exitCode, handle.guestFamily);
    return withOutputBytes(stdout.bytes, stderr.bytes, {
      vm,
      vmName: handle.vmName,
      runId: handle.runId,
      pid: handle.pid,
      status,
      exitCode,
      exitDescription: recovered
        ? `${description} (read from the run's exit-code file: vCenter had forgotten the process)`
        : description,
      startedAt: exit?.startedAt,
      finishedAt: exit?.finishedAt,
      durationMs: exit?.durationMs,
      stdout: stdout.text,
      stderr: stderr.text,
      stdoutTruncated: stdout.truncated,
      stderrTruncated: stderr.truncated,
      outputCaptured: output.captured,
      ...(notes.length === 0 ? {} : { outputNote: notes.join("; ") }),
      timedOut: ending.kind === "timedOut",
      ...(ending.kind === "cancelled" ? { cancelled: true } : {}),
      ...(lostError === undefined ? {} : { error: lostError }),
    });
  } catch (error) {
    // Only an abort gets here (reads never reject otherwise): the program has ended already.
    if (files !== undefined) await deleteRunFiles(client, vm, credentials, files);
    throw error;
  }
}

/** The run's files but those in `kept`. */
function withoutPaths(files: RunFiles, kept: ReadonlySet<string>): RunFiles {
  const keep = (path: string | undefined) =>
    path !== undefined && kept.has(path) ? undefined : path;
  return {
    stdout: keep(files.stdout),
    stderr: keep(files.stderr),
    exitCode: keep(files.exitCode),
    stdin: keep(files.stdin),
  };
}
