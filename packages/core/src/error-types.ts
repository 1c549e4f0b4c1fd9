/**
 * Every vAPI standard error type, as sent in the `error_type` field of an error body.
 *
 * The list is the `VapiStdErrorsErrorType` enum of the vCenter 7.0.2 API (identical in govmomi's
 * `vapi/rest/errors.go`); its order follows the spec.
 */
export const VAPI_ERROR_TYPES = [
  "ERROR",
  "ALREADY_EXISTS",
  "ALREADY_IN_DESIRED_STATE",
  "CANCELED",
  "CONCURRENT_CHANGE",
  "FEATURE_IN_USE",
  "INTERNAL_SERVER_ERROR",
  "INVALID_ARGUMENT",
  "INVALID_ELEMENT_CONFIGURATION",
  "INVALID_ELEMENT_TYPE",
  "INVALID_REQUEST",
  "NOT_ALLOWED_IN_CURRENT_STATE",
  "NOT_FOUND",
  "OPERATION_NOT_FOUND",
  "RESOURCE_BUSY",
  "RESOURCE_IN_USE",
  "RESOURCE_INACCESSIBLE",
  "SERVICE_UNAVAILABLE",
  "TIMED_OUT",
  "UNABLE_TO_ALLOCATE_RESOURCE",
  "UNAUTHENTICATED",
  "UNAUTHORIZED",
  "UNEXPECTED_INPUT",
  "UNSUPPORTED",
  "UNVERIFIED_PEER",
] as const;

/** One vAPI standard error type, e.g. `"NOT_FOUND"`. */
export type VapiErrorType = (typeof VAPI_ERROR_TYPES)[number];

const known: ReadonlySet<string> = new Set(VAPI_ERROR_TYPES);

/**
 * Tells whether a value is one of the 25 vAPI standard error types (exact, case-sensitive match).
 *
 * @example
 * isVapiErrorType("NOT_FOUND"); // true
 * isVapiErrorType("not_found"); // false
 */
export function isVapiErrorType(value: unknown): value is VapiErrorType {
  return typeof value === "string" && known.has(value);
}
