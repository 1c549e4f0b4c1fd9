import type { PasswordCredentials } from "./guest-credentials.js";

/** A VM as vCenter knows it. */
export interface VmRef {
  id: string;
  name?: string | undefined;
  /** As vCenter reported it at lookup, e.g. `POWERED_ON`; lets a start skip a second lookup. */
  powerState?: string | undefined;
}

/** What {@link Runner.start} needs: the caller's request after validation and policy. */
export interface RunnerStartInput {
  vm: VmRef;
  path: string;
  arguments: readonly string[];
  env?: Readonly<Record<string, string>> | undefined;
  workingDirectory?: string | undefined;
  /** Capture stdout and stderr into guest temp files. */
  capture: boolean;
  /** How long the run may last, in ms. */
  timeoutMs: number;
  credentials: PasswordCredentials;
}

/** A program that vCenter started. */
export interface StartedRun {
  /** Serialised run handle: no secrets, enough to resume the run from any instance. */
  handle: string;
  pid: number;
  /** ISO 8601. */
  startedAt: string;
}

/** How a finished run ended, as `@guestops/poll` reports it. */
export interface FinishedRun {
  status: "exited" | "timed_out" | "lost" | "failed_to_start";
  exitCode?: number | null | undefined;
  exitDescription?: string | undefined;
  startedAt?: string | undefined;
  finishedAt?: string | undefined;
  durationMs?: number | undefined;
  stdout?: string | undefined;
  stderr?: string | undefined;
  stdoutTruncated?: boolean | undefined;
  stderrTruncated?: boolean | undefined;
  outputCaptured?: boolean | undefined;
  /** Ended by a cancel (`DELETE /runs/{id}`). */
  cancelled?: boolean | undefined;
}

/** A run, looked at once. */
export type RunState = { status: "running" } | FinishedRun;

/** Options of every runner call. */
export interface RunnerCallOptions {
  signal?: AbortSignal | undefined;
}

/**
 * The webhook's only door to vCenter. The app calls it only after the signature, replay guard and
 * policy have passed; tests swap it for a fake, production wires `@guestops/poll`.
 */
export interface Runner {
  /** Looks a VM up by id or name. @throws {RunnerError} `not_found` when there is none. */
  resolveVm(nameOrId: string, options?: RunnerCallOptions): Promise<VmRef>;
  start(input: RunnerStartInput, options?: RunnerCallOptions): Promise<StartedRun>;
  /** Looks at a run once; once it has ended, collects its output and removes its temp files. */
  check(
    handle: string,
    credentials: PasswordCredentials,
    options?: RunnerCallOptions,
  ): Promise<RunState>;
  /**
   * Terminates a run (and what it started), collects its output and removes its temp files. A run
   * that had already ended is reported as it ended.
   */
  cancel(
    handle: string,
    credentials: PasswordCredentials,
    options?: RunnerCallOptions,
  ): Promise<FinishedRun>;
}

/** Kinds of runner failure the app turns into an HTTP status. */
export type RunnerErrorCode =
  | "not_found"
  | "guest_auth_failed"
  | "invalid_request"
  | "failed_to_start"
  | "vm_unavailable"
  | "vcenter_error"
  | "vcenter_unreachable";

/**
 * A runner failure whose message is safe to show a caller: adapters build it from the client's
 * errors, whose messages hold no secrets, and never copy request bodies or headers into it.
 */
export class RunnerError extends Error {
  override readonly name = "RunnerError";
  readonly code: RunnerErrorCode;

  /**
   * The start may have happened although it failed (a reset or timeout after sending `create`):
   * an idempotency key must then not be released for a second start.
   */
  readonly ambiguous: boolean;

  constructor(code: RunnerErrorCode, message: string, options: { ambiguous?: boolean } = {}) {
    super(message);
    this.code = code;
    this.ambiguous = options.ambiguous === true;
  }
}

/** Guard that checks `name`, so it works across duplicate copies of this module. */
export function isRunnerError(error: unknown): error is RunnerError {
  return error instanceof Error && error.name === "RunnerError" && "code" in error;
}
