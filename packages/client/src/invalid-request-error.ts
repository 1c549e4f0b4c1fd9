import type { OperationName } from "./operation.js";
import { scrubText } from "./redact.js";

/** Why a request was refused before sending. */
export type InvalidRequestReason =
  | "invalidOption"
  | "missingCredentials"
  | "invalidVm"
  | "invalidPid"
  | "relativePath"
  | "startMinimizedNotWindows"
  | "invalidEnv"
  | "invalidValue"
  | "unsupportedByFlavor"
  /** The client was closed: nothing is sent any more. */
  | "clientClosed";

/** Fields of an {@link InvalidRequestError}. */
export interface InvalidRequestErrorOptions {
  /** Why the request was refused. */
  readonly reason: InvalidRequestReason;
  /** The operation (or `createClient`) that refused it. */
  readonly operation: OperationName | "createClient";
  /** The VM the operation was about, when any. */
  readonly vm?: string | undefined;
  /** What is wrong and what to do, one or two sentences; never include secret values. */
  readonly detail: string;
  /** Secrets to remove from the message, should a caller's input have carried one. */
  readonly secrets?: readonly string[];
}

/** The client refused a request before sending anything: nothing happened in vCenter or the guest. */
export class InvalidRequestError extends Error {
  override readonly name = "InvalidRequestError" as const;
  /** Why the request was refused. */
  readonly reason: InvalidRequestReason;
  /** The operation (or `createClient`) that refused it. */
  readonly operation: OperationName | "createClient";
  /** The VM the operation was about, when any. */
  readonly vm: string | undefined;
  /** Always `false`: nothing was sent. */
  readonly requestSent = false as const;

  constructor(options: InvalidRequestErrorOptions) {
    const where = options.vm === undefined || options.vm === "" ? "" : ` in ${options.vm}`;
    super(scrubText(`${options.operation}${where}: ${options.detail}`, options.secrets ?? []));
    this.reason = options.reason;
    this.operation = options.operation;
    this.vm = options.vm;
  }

  /** A plain object for logs. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      reason: this.reason,
      operation: this.operation,
      vm: this.vm,
    };
  }
}

/** Whether a value is an {@link InvalidRequestError}; checks `name`, so it works across package copies. */
export function isInvalidRequestError(value: unknown): value is InvalidRequestError {
  return value instanceof Error && value.name === "InvalidRequestError";
}
