import type { VapiErrorType, VapiMessage } from "@guestops/core";
import { actionOf } from "./action-of.js";
import type { OperationName } from "./operation.js";
import { scrubText, scrubValue } from "./redact.js";
import { safeCause } from "./safe-cause.js";

/** The literal names of the vCenter API error family. */
export type VcenterApiErrorName = "VcenterApiError" | "GuestAuthError" | "SessionError";

/** Fields of a {@link VcenterApiError}. */
export interface VcenterApiErrorOptions {
  /** HTTP status vCenter answered with. */
  readonly status: number;
  /** The vAPI std error type, when the body named one. */
  readonly errorType: VapiErrorType | undefined;
  /** The messages of the error body. */
  readonly messages: readonly VapiMessage[];
  /** The error's free-form `data` (e.g. FileErrorDetails, ProcessErrorDetails). */
  readonly data?: unknown;
  /** The client operation that failed. */
  readonly operation: OperationName;
  /** The VM the operation was about, when any. */
  readonly vm?: string | undefined;
  /**
   * What happened, in a few words that name the VM, e.g. "VMware Tools is not running in vm-42".
   * Not scrubbed: build it from scrubbed inputs (see `secrets`).
   */
  readonly summary: string;
  /** What to do about it, one sentence. Not scrubbed, like `summary`. */
  readonly advice: string;
  /** The underlying error, when any. */
  readonly cause?: unknown;
  /**
   * Secrets to remove from what the server said (messages, data) and from the cause. The error's
   * own sentences (summary, advice) are left as they are: scrubbing a password that happens to be
   * an ordinary word ("password", "Tools") out of them would show a log reader what it is.
   */
  readonly secrets?: readonly string[];
}

/**
 * vCenter answered with an error status (or an unusable success body).
 *
 * The message names the operation and the VM and says what to do, e.g.
 * `createProcess: VMware Tools is not running in vm-42 (503 SERVICE_UNAVAILABLE): start Tools or wait for the guest to boot`.
 * Decide on `errorType`, never on `status` alone: a 500 means "busy" or "program failed to start"
 * depending on the type.
 */
export class VcenterApiError extends Error {
  override readonly name: VcenterApiErrorName = "VcenterApiError";
  /** HTTP status vCenter answered with. */
  readonly status: number;
  /** The vAPI std error type, when the body named one. */
  readonly errorType: VapiErrorType | undefined;
  /** The messages of the error body (scrubbed of known secrets). */
  readonly messages: readonly VapiMessage[];
  /** The error's free-form `data` (scrubbed of known secrets). */
  readonly data: unknown;
  /** The client operation that failed. */
  readonly operation: OperationName;
  /** The VM the operation was about, when any. */
  readonly vm: string | undefined;
  /** What to do about it, one sentence. */
  readonly advice: string;

  constructor(options: VcenterApiErrorOptions) {
    const secrets = options.secrets ?? [];
    const messages = options.messages.map((message) => ({
      id: message.id,
      defaultMessage: scrubText(message.defaultMessage, secrets),
      args: message.args.map((arg) => scrubText(arg, secrets)),
    }));
    super(composeMessage(options, messages), { cause: safeCause(options.cause, secrets) });
    this.status = options.status;
    this.errorType = options.errorType;
    this.messages = messages;
    this.data = scrubValue(options.data, secrets);
    this.operation = options.operation;
    this.vm = options.vm;
    this.advice = options.advice;
  }

  /** A plain, secret-free object for logs. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      errorType: this.errorType,
      operation: this.operation,
      vm: this.vm,
      messages: this.messages,
      data: this.data,
      advice: this.advice,
    };
  }
}

function composeMessage(options: VcenterApiErrorOptions, messages: readonly VapiMessage[]): string {
  const code =
    options.errorType === undefined
      ? `${options.status}`
      : `${options.status} ${options.errorType}`;
  const said = messages.find((message) => message.defaultMessage.trim() !== "");
  const detail = said === undefined ? "" : ` (vCenter: "${said.defaultMessage.trim()}")`;
  return `${options.operation}: ${options.summary} (${code}): ${actionOf(options.advice)}${detail}`;
}

const FAMILY: ReadonlySet<string> = new Set(["VcenterApiError", "GuestAuthError", "SessionError"]);

/** Whether a value is a {@link VcenterApiError} (or a subclass); checks `name`, so it works across package copies. */
export function isVcenterApiError(value: unknown): value is VcenterApiError {
  return value instanceof Error && FAMILY.has(value.name);
}
