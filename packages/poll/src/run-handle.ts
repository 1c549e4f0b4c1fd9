import type { GuestFamily } from "./describe-exit-code.js";
import { InvalidRunHandleError } from "./invalid-run-handle-error.js";
import { runFileNameProblem, runFileStem } from "./run-file-names.js";

/** Guest temp files of a run (output capture, stdin, exit code). */
export interface RunFiles {
  /** Guest path of the stdout file, when output is captured. */
  readonly stdout?: string | undefined;
  /** Guest path of the stderr file, when output is captured. */
  readonly stderr?: string | undefined;
  /** Guest path of the file the wrapper writes the exit code to (Linux). */
  readonly exitCode?: string | undefined;
  /** Guest path of the uploaded stdin file. */
  readonly stdin?: string | undefined;
}

/**
 * A started run, as another process needs it to wait for it, fetch its output or kill it. Holds
 * no secret: guest credentials are passed again to {@link resumeRun}, {@link checkRun} and
 * {@link cancelRun}; the program's arguments and environment are not kept.
 */
export interface RunHandle {
  /** Format version of the handle. */
  readonly version: 1;
  /** The run's id (16 hex digits), embedded in the guest command line and temp file names. */
  readonly runId: string;
  /** VM identifier. */
  readonly vm: string;
  /** VM name, when known. */
  readonly vmName?: string | undefined;
  /** Guest process id of the run's wrapper. */
  readonly pid: number;
  /** Guest OS family. */
  readonly guestFamily: GuestFamily;
  /** When `create` was sent, in ms since the epoch (the starter's clock). */
  readonly startedAt: number;
  /** When the run's timeout ends it, in ms since the epoch; unset = no timeout. */
  readonly deadline?: number | undefined;
  /** The guest temp files, when output is captured or stdin given. */
  readonly files?: RunFiles | undefined;
  /** Largest output kept per stream, in bytes. */
  readonly maxOutputBytes: number;
  /** Why output is not captured, when it is not. */
  readonly outputNote?: string | undefined;
}

const KIND = "guestops.run";
const RUN_ID = /^[0-9a-f]{16}$/;
const FAMILIES: readonly GuestFamily[] = ["linux", "windows"];
const FIELDS = new Set([
  "kind",
  "version",
  "runId",
  "vm",
  "vmName",
  "pid",
  "guestFamily",
  "startedAt",
  "deadline",
  "files",
  "maxOutputBytes",
  "outputNote",
]);
const FILE_FIELDS: readonly (keyof RunFiles)[] = ["stdout", "stderr", "exitCode", "stdin"];

/**
 * Writes a run handle as versioned JSON. Only the handle's own fields are written: anything else
 * on the object (credentials put there by mistake) is left out.
 *
 * @example
 * const text = serializeRunHandle(await startRun(client, request));
 * // later, elsewhere:
 * const result = await resumeRun(client, parseRunHandle(text), credentials);
 */
export function serializeRunHandle(handle: RunHandle): string {
  const checked = parseRunHandle({ ...pick(handle), kind: KIND });
  return JSON.stringify({ kind: KIND, ...pick(checked) });
}

/**
 * Reads a run handle written by {@link serializeRunHandle} (the JSON text or the parsed object),
 * checking every field. The temp file paths must be files this package names for the handle's
 * run (`guestops-<runId>-…`), since resuming a handle downloads and deletes them.
 *
 * @throws InvalidRunHandleError when it is not a version-1 run handle or a field is wrong
 */
export function parseRunHandle(input: string | unknown): RunHandle {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      throw new InvalidRunHandleError("not JSON");
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidRunHandleError("not a JSON object");
  }
  const raw = value as Record<string, unknown>;
  if (raw.kind !== KIND)
    throw new InvalidRunHandleError(`not a run handle (kind must be "${KIND}")`, "kind");
  if (raw.version !== 1) {
    throw new InvalidRunHandleError(
      `unsupported version ${JSON.stringify(raw.version)} (this package reads version 1)`,
      "version",
    );
  }
  for (const key of Object.keys(raw)) {
    if (!FIELDS.has(key)) throw new InvalidRunHandleError(`unexpected field "${key}"`, key);
  }
  const runId = str(raw, "runId");
  if (!RUN_ID.test(runId)) throw new InvalidRunHandleError("runId must be 16 hex digits", "runId");
  const pid = raw.pid;
  if (typeof pid !== "number" || !Number.isSafeInteger(pid) || pid < 0) {
    throw new InvalidRunHandleError("pid must be a non-negative integer", "pid");
  }
  const guestFamily = raw.guestFamily;
  if (!FAMILIES.includes(guestFamily as GuestFamily)) {
    throw new InvalidRunHandleError('guestFamily must be "linux" or "windows"', "guestFamily");
  }
  const startedAt = time(raw, "startedAt");
  const deadline = raw.deadline === undefined ? undefined : time(raw, "deadline");
  const maxOutputBytes = raw.maxOutputBytes;
  if (
    typeof maxOutputBytes !== "number" ||
    !Number.isSafeInteger(maxOutputBytes) ||
    maxOutputBytes < 1
  ) {
    throw new InvalidRunHandleError("maxOutputBytes must be a positive integer", "maxOutputBytes");
  }
  return {
    version: 1,
    runId,
    vm: str(raw, "vm"),
    ...(raw.vmName === undefined ? {} : { vmName: str(raw, "vmName") }),
    pid,
    guestFamily: guestFamily as GuestFamily,
    startedAt,
    ...(deadline === undefined ? {} : { deadline }),
    ...(raw.files === undefined ? {} : { files: files(raw.files, runId) }),
    maxOutputBytes,
    ...(raw.outputNote === undefined ? {} : { outputNote: str(raw, "outputNote", 2000) }),
  };
}

function pick(handle: RunHandle): Omit<RunHandle, never> {
  const files = handle.files;
  return {
    version: handle.version,
    runId: handle.runId,
    vm: handle.vm,
    vmName: handle.vmName,
    pid: handle.pid,
    guestFamily: handle.guestFamily,
    startedAt: handle.startedAt,
    deadline: handle.deadline,
    files:
      files === undefined
        ? undefined
        : {
            stdout: files.stdout,
            stderr: files.stderr,
            exitCode: files.exitCode,
            stdin: files.stdin,
          },
    maxOutputBytes: handle.maxOutputBytes,
    outputNote: handle.outputNote,
  };
}

function str(raw: Record<string, unknown>, field: string, max = 4096, label = field): string {
  const value = raw[field];
  if (typeof value !== "string" || value === "" || value.length > max) {
    throw new InvalidRunHandleError(
      `${label} must be a non-empty string of at most ${max} characters`,
      label,
    );
  }
  return value;
}

function time(raw: Record<string, unknown>, field: string): number {
  const value = raw[field];
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidRunHandleError(`${field} must be a time in ms since the epoch`, field);
  }
  return value;
}

function files(value: unknown, runId: string): RunFiles {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidRunHandleError("files must be an object", "files");
  }
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!FILE_FIELDS.includes(key as keyof RunFiles))
      throw new InvalidRunHandleError(`unexpected field "files.${key}"`, `files.${key}`);
  }
  const out: Partial<Record<keyof RunFiles, string>> = {};
  let stem: string | undefined;
  for (const field of FILE_FIELDS) {
    if (raw[field] === undefined) continue;
    const path = str(raw, field, 4096, `files.${field}`);
    // An edited path would make resumeRun read and delete any file the guest user can reach.
    const problem = runFileNameProblem(runId, field, path);
    if (problem !== undefined) throw new InvalidRunHandleError(problem, `files.${field}`);
    // The files of a run are made from one temp file name (run-files.ts): one stem for all.
    const own = runFileStem(field, path);
    if (stem !== undefined && own !== stem) {
      throw new InvalidRunHandleError(
        `files.${field} must be in the same place and share its name with the run's other files (${stem}.*), not ${JSON.stringify(path)}`,
        `files.${field}`,
      );
    }
    stem = own;
    out[field] = path;
  }
  if (Object.keys(out).length === 0)
    throw new InvalidRunHandleError("files must name at least one file", "files");
  return out as RunFiles;
}
