import { isVapiErrorType, type VapiErrorType } from "./error-types.js";

/** The two URL flavors of the vCenter REST API: `/api` (7.0 U2 and later) and the legacy `/rest`. */
export type ApiFlavor = "api" | "rest";

/** The HTTP status a std error is answered with, per flavor. */
export interface ErrorStatus {
  /** Status on the `/api` flavor. */
  readonly api: number;
  /** Status on the legacy `/rest` flavor. */
  readonly rest: number;
}

/**
 * Std error → HTTP status, for both flavors.
 *
 * Source: `vapi-std-errors-http-status.json` in the project's API reference. The `/rest` column is
 * the generator's hard-coded map; the `/api` column is what live-server specs (7.0.2, 7.0.3, 9.1)
 * declare. Three `/api` codes were never observed there (INVALID_REQUEST, OPERATION_NOT_FOUND,
 * UNEXPECTED_INPUT); we chose the status the `/rest` map and the error's meaning both point to
 * (400, 404, 400), so a simulator answers something plausible and a client never depends on them.
 * TIMED_OUT on `/api` is 500 in the 7.0.3 spec only, and CANCELED, FEATURE_IN_USE and
 * INVALID_ELEMENT_TYPE come from the 8.0 programming guide alone.
 */
export const ERROR_STATUS = {
  ALREADY_EXISTS: { api: 400, rest: 400 },
  ALREADY_IN_DESIRED_STATE: { api: 400, rest: 400 },
  CANCELED: { api: 400, rest: 400 },
  CONCURRENT_CHANGE: { api: 409, rest: 400 },
  ERROR: { api: 500, rest: 400 },
  FEATURE_IN_USE: { api: 400, rest: 400 },
  INTERNAL_SERVER_ERROR: { api: 500, rest: 500 },
  INVALID_ARGUMENT: { api: 400, rest: 400 },
  INVALID_ELEMENT_CONFIGURATION: { api: 400, rest: 400 },
  INVALID_ELEMENT_TYPE: { api: 400, rest: 400 },
  INVALID_REQUEST: { api: 400, rest: 400 },
  NOT_ALLOWED_IN_CURRENT_STATE: { api: 400, rest: 400 },
  NOT_FOUND: { api: 404, rest: 404 },
  OPERATION_NOT_FOUND: { api: 404, rest: 404 },
  RESOURCE_BUSY: { api: 500, rest: 400 },
  RESOURCE_IN_USE: { api: 400, rest: 400 },
  RESOURCE_INACCESSIBLE: { api: 500, rest: 400 },
  SERVICE_UNAVAILABLE: { api: 503, rest: 503 },
  TIMED_OUT: { api: 500, rest: 504 },
  UNABLE_TO_ALLOCATE_RESOURCE: { api: 500, rest: 400 },
  UNAUTHENTICATED: { api: 401, rest: 401 },
  UNAUTHORIZED: { api: 403, rest: 403 },
  UNEXPECTED_INPUT: { api: 400, rest: 400 },
  UNSUPPORTED: { api: 400, rest: 400 },
  UNVERIFIED_PEER: { api: 400, rest: 400 },
} as const satisfies Record<VapiErrorType, ErrorStatus>;

/**
 * The HTTP status vCenter answers a std error with on the given flavor.
 *
 * @example
 * statusFor("RESOURCE_BUSY", "api"); // 500
 * statusFor("RESOURCE_BUSY", "rest"); // 400
 */
export function statusFor(errorType: VapiErrorType, flavor: ApiFlavor): number {
  return ERROR_STATUS[errorType][flavor];
}

/** Prefix of the `type` field of a `/rest` error body. */
export const REST_ERROR_TYPE_PREFIX = "com.vmware.vapi.std.errors.";

/**
 * The `type` of a `/rest` error body for a std error.
 *
 * @example
 * restTypeFor("NOT_FOUND"); // "com.vmware.vapi.std.errors.not_found"
 */
export function restTypeFor(errorType: VapiErrorType): string {
  return `${REST_ERROR_TYPE_PREFIX}${errorType.toLowerCase()}`;
}

/**
 * The std error named by the `type` of a `/rest` error body, or `undefined` when the value is not
 * a known `com.vmware.vapi.std.errors.*` name.
 *
 * @example
 * errorTypeFromRestType("com.vmware.vapi.std.errors.resource_busy"); // "RESOURCE_BUSY"
 */
export function errorTypeFromRestType(type: unknown): VapiErrorType | undefined {
  if (typeof type !== "string" || !type.startsWith(REST_ERROR_TYPE_PREFIX)) return undefined;
  const name = type.slice(REST_ERROR_TYPE_PREFIX.length).toUpperCase();
  return isVapiErrorType(name) ? name : undefined;
}
