import { type ErrorCode, errorResponse } from "./responses.js";
import { isRunnerError, type RunnerErrorCode } from "./runner.js";
import { isStoreUnavailableError } from "./store-unavailable-error.js";

const STATUS: Record<RunnerErrorCode, [number, ErrorCode]> = {
  not_found: [404, "not_found"],
  invalid_request: [422, "unprocessable"],
  failed_to_start: [422, "unprocessable"],
  vm_unavailable: [503, "service_unavailable"],
  // The webhook's own guest login was refused: a configuration problem upstream, not the caller's.
  guest_auth_failed: [502, "bad_gateway"],
  vcenter_error: [502, "bad_gateway"],
  vcenter_unreachable: [504, "gateway_timeout"],
};

/**
 * The response for an error thrown by the runner or the store. Unknown errors are bugs: 500 with no detail,
 * since their text was never vetted for secrets.
 */
export function failureResponse(error: unknown): { response: Response; reason: string } {
  if (isRunnerError(error)) {
    const [status, code] = STATUS[error.code];
    const headers: Record<string, string> = status === 503 ? { "retry-after": "5" } : {};
    return {
      response: errorResponse(status, code, error.message, { reason: error.code }, headers),
      reason: error.code,
    };
  }
  if (isStoreUnavailableError(error)) {
    return {
      response: errorResponse(
        503,
        "service_unavailable",
        error.message,
        {},
        { "retry-after": "1" },
      ),
      reason: "store_unavailable",
    };
  }
  return { response: errorResponse(500, "internal", "internal error"), reason: "internal" };
}
