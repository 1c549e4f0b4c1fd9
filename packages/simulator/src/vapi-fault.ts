import type { VapiErrorType } from "@guestops/core";

/** What a handler throws to answer with a vAPI std error; rendered in the flavor of the path. */
export class VapiFault extends Error {
  override readonly name = "VapiFault";
  /** The std error type; the HTTP status comes from `statusFor(errorType, flavor)`. */
  readonly errorType: VapiErrorType;
  /** The message id of the first (only) message. */
  readonly messageId: string;
  /** Positional message arguments. */
  readonly args: readonly string[];
  /** The error's `data` (FileErrorDetails, ProcessErrorDetails), if any. */
  readonly data: Record<string, unknown> | undefined;

  constructor(
    errorType: VapiErrorType,
    messageId: string,
    message: string,
    extra: { args?: readonly string[]; data?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.errorType = errorType;
    this.messageId = messageId;
    this.args = extra.args ?? [];
    this.data = extra.data;
  }
}

/** True when the value is a {@link VapiFault} (checked by name, so duplicate copies still match). */
export function isVapiFault(value: unknown): value is VapiFault {
  return value instanceof Error && value.name === "VapiFault";
}
