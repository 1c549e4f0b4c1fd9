import type { OperationName } from "./operation.js";
import { safeCause } from "./safe-cause.js";

/** Fields of a {@link RequestTimeoutError}. */
export interface RequestTimeoutErrorOptions {
  /** The client operation that timed out. */
  readonly operation: OperationName;
  /** The VM the operation was about, when any. */
  readonly vm?: string | undefined;
  /** The per-call timeout that elapsed, in ms. */
  readonly timeout: number;
  /** The abort that stopped the request, when any. */
  readonly cause?: unknown;
  /** Secrets the cause must not carry. */
  readonly secrets?: readonly string[];
}

/**
 * No complete answer arrived within the per-call `timeout`. The outcome is unknown: vCenter may
 * have done the work (for `createProcess`, the program may be running).
 */
export class RequestTimeoutError extends Error {
  override readonly name = "RequestTimeoutError" as const;
  /** The client operation that timed out. */
  readonly operation: OperationName;
  /** The VM the operation was about, when any. */
  readonly vm: string | undefined;
  /** The per-call timeout that elapsed, in ms. */
  readonly timeout: number;
  /** Always `"unknown"`: the request may or may not have been processed. */
  readonly requestSent = "unknown" as const;

  constructor(options: RequestTimeoutErrorOptions) {
    const where = options.vm === undefined ? "" : ` in ${options.vm}`;
    const advice =
      options.operation === "createProcess"
        ? "the program may have started: look for it with listProcesses before starting it again"
        : "the outcome is unknown: retry, or raise the timeout option if vCenter is slow";
    super(
      `${options.operation}${where}: no answer within ${options.timeout} ms (timeout): ${advice}`,
      { cause: safeCause(options.cause, options.secrets ?? []) },
    );
    this.operation = options.operation;
    this.vm = options.vm;
    this.timeout = options.timeout;
  }

  /** A plain object for logs. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      operation: this.operation,
      vm: this.vm,
      timeout: this.timeout,
      requestSent: this.requestSent,
    };
  }
}

/** Whether a value is a {@link RequestTimeoutError}; checks `name`, so it works across package copies. */
export function isRequestTimeoutError(value: unknown): value is RequestTimeoutError {
  return value instanceof Error && value.name === "RequestTimeoutError";
}
