import { actionOf } from "./action-of.js";
import type { OperationName } from "./operation.js";
import { scrubText } from "./redact.js";
import { safeCause } from "./safe-cause.js";

/**
 * Whether the request reached the server: `false` when the connection never opened (refused, DNS,
 * TLS handshake), `true` when an answer had started, `"unknown"` when the connection broke in
 * between (reset, socket closed): a `createProcess` may then have started the program.
 */
export type RequestSent = boolean | "unknown";

/** Fields of a {@link TransportError}. */
export interface TransportErrorOptions {
  /** The low-level code, e.g. `ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`, `DEPTH_ZERO_SELF_SIGNED_CERT`. */
  readonly code: string;
  /** The client operation that failed. */
  readonly operation: OperationName;
  /** The VM the operation was about, when any. */
  readonly vm?: string | undefined;
  /** Whether the request reached the server. */
  readonly requestSent: RequestSent;
  /** What happened, e.g. "cannot connect to vc.example.com:443". */
  readonly summary: string;
  /** What to do about it, one sentence. */
  readonly advice: string;
  /** The underlying error (fetch's `TypeError` or its cause). */
  readonly cause?: unknown;
  /** Secrets to remove from every text the error keeps. */
  readonly secrets?: readonly string[];
}

/**
 * The HTTP exchange failed below HTTP: no status, no vAPI body. Kept apart from
 * {@link VcenterApiError} because retry safety depends on `requestSent`.
 */
export class TransportError extends Error {
  override readonly name = "TransportError" as const;
  /** The low-level code, e.g. `ECONNREFUSED`. */
  readonly code: string;
  /** The client operation that failed. */
  readonly operation: OperationName;
  /** The VM the operation was about, when any. */
  readonly vm: string | undefined;
  /** Whether the request reached the server. */
  readonly requestSent: RequestSent;
  /** What to do about it, one sentence. */
  readonly advice: string;

  constructor(options: TransportErrorOptions) {
    const secrets = options.secrets ?? [];
    const where = options.vm === undefined ? "" : ` (${options.vm})`;
    super(
      scrubText(
        `${options.operation}${where}: ${options.summary} (${options.code}): ${actionOf(options.advice)}`,
        secrets,
      ),
      { cause: safeCause(options.cause, secrets) },
    );
    this.code = options.code;
    this.operation = options.operation;
    this.vm = options.vm;
    this.requestSent = options.requestSent;
    this.advice = scrubText(options.advice, secrets);
  }

  /** A plain, secret-free object for logs. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      operation: this.operation,
      vm: this.vm,
      requestSent: this.requestSent,
      advice: this.advice,
    };
  }
}

/** Whether a value is a {@link TransportError}; checks `name`, so it works across package copies. */
export function isTransportError(value: unknown): value is TransportError {
  return value instanceof Error && value.name === "TransportError";
}
