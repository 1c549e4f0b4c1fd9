import { type ApiFlavor, restTypeFor, statusFor } from "@guestops/core";
import type { VapiFault } from "./vapi-fault.js";

/** A rendered error: the status of the flavor and its body. */
export interface ErrorResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/**
 * Renders a std error in the body format of a flavor, with the status from core's single table:
 * `/api` `{error_type, messages, data?}`, `/rest` `{type, value: {error_type, messages, data?}}`.
 */
export function renderError(fault: VapiFault, flavor: ApiFlavor): ErrorResponse {
  const messages = [{ id: fault.messageId, default_message: fault.message, args: [...fault.args] }];
  const fields: Record<string, unknown> = { error_type: fault.errorType, messages };
  if (fault.data !== undefined) fields.data = fault.data;
  const status = statusFor(fault.errorType, flavor);
  if (flavor === "api") return { status, body: fields };
  return { status, body: { type: restTypeFor(fault.errorType), value: fields } };
}
