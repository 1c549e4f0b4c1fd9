import type { GuestCredentials, GuestOpsClient } from "@guestops/client";
import type { GuestFamily } from "./describe-exit-code.js";

/**
 * The client calls this package makes: a `GuestOpsClient` from `@guestops/client`, or anything
 * with the same methods (a test fake, a rate-limited wrapper).
 */
export type PollClient = Pick<
  GuestOpsClient,
  | "createProcess"
  | "listProcesses"
  | "getProcess"
  | "deleteProcess"
  | "listVms"
  | "resolveVm"
  | "getVm"
  | "getGuestOperationsReadiness"
  | "createTemporaryFile"
  | "deleteFile"
  | "createTransfer"
  | "download"
  | "upload"
  | "login"
  | "capabilities"
>;

/** What to run, where, and how: the input of {@link runProcess} and {@link startRun}. */
export interface RunRequest {
  /** The VM: its name (`web-01`) or identifier (`vm-42`). */
  readonly vm: string;
  /**
   * The program: an absolute guest path (`/usr/bin/uptime`, `C:\Tools\x.exe`). On Linux a bare
   * name (`uptime`) is looked up in the program's PATH.
   */
  readonly path: string;
  /** Its arguments, one string each: quoted for the guest's shell by this package. */
  readonly args?: readonly string[];
  /**
   * The program's complete environment. It replaces the guest's default environment (vCenter's
   * rule): include PATH and anything else the program needs. Unset = the guest's defaults.
   */
  readonly env?: Readonly<Record<string, string>>;
  /** Absolute working directory; unset = the guest user's home on Linux. */
  readonly workingDirectory?: string;
  /** How to log in to the guest. Never stored in a run handle. */
  readonly credentials: GuestCredentials;
  /**
   * Capture stdout and stderr through guest temp files. Impossible on a `/rest` vCenter (no guest
   * file API): the run still works and the result says the output was not captured. @default true
   */
  readonly capture?: boolean;
  /** Text or bytes for the program's stdin, uploaded to a guest temp file (needs the `/api` flavor). */
  readonly stdin?: string | Uint8Array;
  /** Largest output kept per stream, in bytes; more sets `stdoutTruncated`/`stderrTruncated`. @default 1048576 */
  readonly maxOutputBytes?: number;
  /** ms after the start at which the program, and everything it started, is terminated. @default no limit */
  readonly timeout?: number;
  /** Start the program's window minimized (Windows guests only). @default false */
  readonly startMinimized?: boolean;
  /** The guest OS family. @default inferred from the path, else from the VM's guest OS */
  readonly guestFamily?: GuestFamily;
  /** Wait up to this many ms for VMware Tools / guest operations to become ready. @default 0 */
  readonly waitForToolsMs?: number;
}

/** How a run ended. */
export type RunStatus =
  /** The program exited by itself (any exit code, 0 or not). */
  | "exited"
  /** The run's `timeout` passed: the program and everything it started were terminated. */
  | "timed_out"
  /** The process vanished without an exit code (VMware Tools restarted, guest rebooted...). */
  | "lost"
  /** vCenter refused to start the program (not found, not allowed, failed to start). */
  | "failed_to_start";

/** How a run ended, as one object. A non-zero exit code is a result, not an error. */
export interface RunResult {
  /** VM identifier (`vm-42`). */
  readonly vm: string;
  /** VM name, when known. */
  readonly vmName?: string | undefined;
  /** The run's id, embedded in the guest command line and temp file names. */
  readonly runId: string;
  /** Guest process id (of the wrapper shell on Linux, of cmd.exe on Windows); unset when nothing started. */
  readonly pid?: number | undefined;
  /** How it ended. */
  readonly status: RunStatus;
  /** The exit code, when known. */
  readonly exitCode?: number | undefined;
  /** The exit code in words: `exited with code 1`, `killed by SIGTERM (exit code 143)`, `crashed: 0xC0000005 ...`. */
  readonly exitDescription: string;
  /** Start time reported by the guest (ISO 8601), when known. */
  readonly startedAt?: string | undefined;
  /** End time reported by the guest (ISO 8601), when known. */
  readonly finishedAt?: string | undefined;
  /** `finishedAt - startedAt` in ms, when both are known. */
  readonly durationMs?: number | undefined;
  /** Captured standard output (UTF-8), "" when not captured. */
  readonly stdout: string;
  /** Captured standard error (UTF-8), "" when not captured. */
  readonly stderr: string;
  /**
   * Captured standard output as the guest wrote it (cut to `maxOutputBytes`), for passing it on
   * byte for byte; not enumerable, so it stays out of `JSON.stringify(result)`. Empty when not
   * captured. Spreading the result (`{...result}`) drops it.
   */
  readonly stdoutBytes: Uint8Array;
  /** Captured standard error as the guest wrote it; see {@link RunResult.stdoutBytes}. */
  readonly stderrBytes: Uint8Array;
  /** stdout was longer than `maxOutputBytes` and was cut. */
  readonly stdoutTruncated: boolean;
  /** stderr was longer than `maxOutputBytes` and was cut. */
  readonly stderrTruncated: boolean;
  /**
   * Whether stdout and stderr were captured and delivered: false when capture was off or
   * impossible, when the output files were gone (collected by an earlier call of the same handle),
   * or when a download failed (the files are then kept in the guest; `outputNote` names them).
   */
  readonly outputCaptured: boolean;
  /** Why output is missing or incomplete, or what went wrong cleaning up, in plain words. */
  readonly outputNote?: string | undefined;
  /** The run's timeout passed and the program was terminated. */
  readonly timedOut: boolean;
  /** The run was ended by {@link cancelRun}. */
  readonly cancelled?: boolean | undefined;
  /** What went wrong, for `lost` and `failed_to_start`. */
  readonly error?: unknown;
}

/** Options of the run functions. */
export interface RunOptions {
  /**
   * Aborts the run: the guest program (and everything it started) is terminated, the temp files
   * are deleted, and the call rejects with `signal.reason`, unchanged.
   */
  readonly signal?: AbortSignal;
}

/** The default of {@link RunRequest.maxOutputBytes}: 1 MiB per stream. */
export const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;
