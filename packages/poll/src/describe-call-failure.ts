import { isVcenterApiError } from "@guestops/client";

/**
 * A failed call in the words of what happened: the operation, the status and error type, and what
 * vCenter said. For a result note about guest files: the client's own summary of a vAPI error is
 * written for process calls (a 503 on a file transfer reads "VMware Tools is not running"), which
 * would blame Tools for a transfer that failed while Tools was answering.
 */
export function describeCallFailure(error: unknown): string {
  if (!isVcenterApiError(error)) return error instanceof Error ? error.message : String(error);
  const code =
    error.errorType === undefined ? `${error.status}` : `${error.status} ${error.errorType}`;
  const said = error.messages.find((message) => message.defaultMessage.trim() !== "");
  const words = said === undefined ? "" : ` (vCenter: "${said.defaultMessage.trim()}")`;
  return `${error.operation} answered ${code}${words}`;
}
