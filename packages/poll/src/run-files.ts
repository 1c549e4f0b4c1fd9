// The guest temp files of a run: created before the start, read after the end, always deleted.
import { failureKind, type GuestCredentials } from "@guestops/client";
import { decodeOutput } from "./decode-output.js";
import { describeCallFailure } from "./describe-call-failure.js";
import type { GuestFamily } from "./describe-exit-code.js";
import { RUN_FILE_SUFFIXES, runFilePrefix } from "./run-file-names.js";
import type { RunFiles } from "./run-handle.js";
import type { PollClient } from "./run-types.js";
import { bestEffort, callVcenter, deleteVcenter } from "./vcenter-call.js";

type FileClient = Pick<
  PollClient,
  "createTemporaryFile" | "createTransfer" | "download" | "upload" | "deleteFile"
>;

/** The output of a stream that was not captured or not written. */
export const NO_BYTES: Uint8Array = new Uint8Array(0);

/** How long cleanup may take, whatever happened before, in ms. */
export const CLEANUP_MS = 15_000;

/**
 * Creates one temp file through the API (stdout's when capturing, else stdin's) and derives the
 * others from its name (the wrapper creates them): one call instead of four. Uploads stdin, if any.
 */
export async function createRunFiles(
  client: FileClient,
  vm: string,
  credentials: GuestCredentials,
  options: {
    readonly runId: string;
    readonly guestFamily: GuestFamily;
    readonly capture: boolean;
    readonly stdin?: string | Uint8Array | undefined;
    readonly signal?: AbortSignal | undefined;
  },
): Promise<RunFiles> {
  const { signal } = options;
  const suffix = options.capture ? RUN_FILE_SUFFIXES.stdout : RUN_FILE_SUFFIXES.stdin;
  const first = await callVcenter(
    "createTemporaryFile",
    (s) =>
      client.createTemporaryFile(
        vm,
        credentials,
        { prefix: runFilePrefix(options.runId), suffix },
        { signal: s },
      ),
    { signal },
  );
  const base = first.slice(0, -suffix.length);
  const files: RunFiles = {
    ...(options.capture ? { stdout: first, stderr: `${base}${RUN_FILE_SUFFIXES.stderr}` } : {}),
    // Windows runs have no wrapper script to write it (see windows-wrapper.ts).
    ...(options.guestFamily === "linux"
      ? { exitCode: `${base}${RUN_FILE_SUFFIXES.exitCode}` }
      : {}),
    ...(options.stdin === undefined ? {} : { stdin: `${base}${RUN_FILE_SUFFIXES.stdin}` }),
  };
  if (options.stdin !== undefined && files.stdin !== undefined) {
    const body =
      typeof options.stdin === "string" ? new TextEncoder().encode(options.stdin) : options.stdin;
    const path = files.stdin;
    try {
      await callVcenter(
        "upload",
        async (s) => {
          const url = await client.createTransfer(
            vm,
            credentials,
            { path, upload: { size: body.length, overwrite: true } },
            { signal: s },
          );
          await client.upload(url, body, { signal: s });
        },
        { signal },
      );
    } catch (error) {
      await deleteRunFiles(client, vm, credentials, files);
      throw error;
    }
  }
  return files;
}

/** One captured stream: its text, whether it was cut, and why it is missing, if it is. */
export interface CapturedStream {
  readonly text: string;
  /** The bytes the guest wrote (cut to the output cap), for callers that pass output on as is. */
  readonly bytes: Uint8Array;
  readonly truncated: boolean;
  /** The file does not exist: never written, or collected (and deleted) by an earlier call. */
  readonly missing?: boolean | undefined;
  /** Why the file could not be downloaded; it may still hold the output. */
  readonly failure?: string | undefined;
}

/** Downloads a guest file and decodes at most `max` bytes of it; never rejects. */
export async function readOutputFile(
  client: FileClient,
  vm: string,
  credentials: GuestCredentials,
  path: string,
  max: number,
  signal?: AbortSignal,
): Promise<CapturedStream> {
  try {
    const bytes = await downloadFile(client, vm, credentials, path, signal);
    return decodeOutput(bytes, max);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    // Whether a missing file means "empty" or "gone" depends on which file it is: the caller knows.
    if (failureKind(error) === "notFound") {
      return { text: "", bytes: NO_BYTES, truncated: false, missing: true };
    }
    return { text: "", bytes: NO_BYTES, truncated: false, failure: describeCallFailure(error) };
  }
}

/** What reading a run's exit-code file found. */
export type ExitCodeRead =
  | { readonly kind: "found"; readonly code: number }
  /** Missing or empty: the wrapper was killed before it could write it. */
  | { readonly kind: "absent" }
  /** It may hold the code, but it could not be read (busy, Tools down, network) for long. */
  | { readonly kind: "unreadable"; readonly error: unknown };

/** Attempts at the exit-code file: about 30 s of backoff, since it may be the last copy of the code. */
const EXIT_CODE_READ_ATTEMPTS = 12;

/**
 * Reads the exit code the Linux wrapper wrote. Transient failures are replayed for longer than
 * other reads, because once vCenter has forgotten the process this file is the only copy.
 */
export async function readExitCodeFile(
  client: FileClient,
  vm: string,
  credentials: GuestCredentials,
  path: string,
  signal?: AbortSignal,
): Promise<ExitCodeRead> {
  try {
    const text = new TextDecoder().decode(
      await downloadFile(client, vm, credentials, path, signal, EXIT_CODE_READ_ATTEMPTS),
    );
    const match = /^\s*(-?\d+)\s*$/.exec(text);
    return match ? { kind: "found", code: Number(match[1]) } : { kind: "absent" };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return failureKind(error) === "notFound" ? { kind: "absent" } : { kind: "unreadable", error };
  }
}

function downloadFile(
  client: FileClient,
  vm: string,
  credentials: GuestCredentials,
  path: string,
  signal: AbortSignal | undefined,
  maxAttempts?: number,
): Promise<Uint8Array> {
  // A transfer URL is single-use: a replay asks for a new one.
  return callVcenter(
    "download",
    async (s) => {
      const url = await client.createTransfer(vm, credentials, { path }, { signal: s });
      return client.download(url, { signal: s });
    },
    { signal, ...(maxAttempts === undefined ? {} : { maxAttempts }) },
  );
}

/**
 * Deletes every file of a run, best effort, within {@link CLEANUP_MS} whatever happened before
 * (an abort included). Resolves with a note for the result when some could not be deleted.
 */
export async function deleteRunFiles(
  client: FileClient,
  vm: string,
  credentials: GuestCredentials,
  files: RunFiles,
): Promise<string | undefined> {
  const paths = [files.stdout, files.stderr, files.exitCode, files.stdin].filter(
    (path): path is string => path !== undefined,
  );
  const failures: string[] = [];
  await Promise.all(
    paths.map(async (path) => {
      const error = await bestEffort(CLEANUP_MS, (signal) =>
        // Replayed until CLEANUP_MS runs out, not for the usual 5 attempts (about 6 s): a file
        // left in the guest is a promise broken, and the time bound is what keeps this short.
        deleteVcenter(
          "deleteFile",
          (s) => client.deleteFile(vm, path, credentials, { signal: s }),
          { signal, maxAttempts: Number.POSITIVE_INFINITY },
        ),
      );
      if (error !== undefined) failures.push(path);
    }),
  );
  if (failures.length === 0) return undefined;
  return `guest temp files could not be deleted, remove them by hand: ${failures.sort().join(", ")}`;
}
