import { ERROR_STATUS, type ErrorStatus } from "./error-status.js";
import type { VapiErrorType } from "./error-types.js";
import type { ParsedVapiError } from "./parse-error-body.js";

/** What one documented error of an operation means, and what the user should do about it. */
export interface DocumentedError {
  /** The std error type. */
  readonly errorType: VapiErrorType;
  /** The HTTP status it arrives with, per flavor. */
  readonly status: ErrorStatus;
  /** What the server means by it for this operation. */
  readonly meaning: string;
  /** What the user should do, in one sentence. */
  readonly advice: string;
  /**
   * Whether the same call can succeed later without the user changing anything. All of `create`'s
   * documented errors are raised before the program starts, so replaying one never runs it twice.
   */
  readonly transient: boolean;
}

/**
 * The documented errors of `vcenter vm guest processes: create`.
 *
 * Sources: the error table of the seed page (the 7.0 `/rest` reference) and the per-operation
 * `/api` table of the official 9.1 spec. Statuses come from {@link ERROR_STATUS}: the seed page
 * prints 500 for resource_busy and unable_to_allocate_resource on `/rest`, while the 7.0 swagger and
 * the generator's map say 400; decide by `errorType`, never by status.
 * A 401 is documented as rejected guest credentials; an expired vCenter session also answers 401
 * UNAUTHENTICATED, and {@link isSessionExpired} tells the two apart.
 */
export const CREATE_ERRORS = {
  INVALID_ARGUMENT: {
    errorType: "INVALID_ARGUMENT",
    status: ERROR_STATUS.INVALID_ARGUMENT,
    meaning:
      "The start_minimized flag is set on a guest that is not Windows, or the program path or working directory is not valid (data: FileErrorDetails).",
    advice:
      "Drop start_minimized on non-Windows guests and give an absolute program path and working directory.",
    transient: false,
  },
  NOT_ALLOWED_IN_CURRENT_STATE: {
    errorType: "NOT_ALLOWED_IN_CURRENT_STATE",
    status: ERROR_STATUS.NOT_ALLOWED_IN_CURRENT_STATE,
    meaning: "The virtual machine is not running.",
    advice: "The VM is powered off or suspended: power it on and wait for the guest to boot.",
    transient: false,
  },
  NOT_FOUND: {
    errorType: "NOT_FOUND",
    status: ERROR_STATUS.NOT_FOUND,
    meaning:
      "The virtual machine does not exist, or the program path does not exist in the guest (data: FileErrorDetails).",
    advice: "Check the VM identifier (e.g. vm-42) and that the program path exists in the guest.",
    transient: false,
  },
  RESOURCE_BUSY: {
    errorType: "RESOURCE_BUSY",
    status: ERROR_STATUS.RESOURCE_BUSY,
    meaning: "The virtual machine is busy.",
    advice: "The VM is busy with another operation: retry in a few seconds (nothing was started).",
    transient: true,
  },
  SERVICE_UNAVAILABLE: {
    errorType: "SERVICE_UNAVAILABLE",
    status: ERROR_STATUS.SERVICE_UNAVAILABLE,
    meaning: "VMware Tools is not running in the guest.",
    advice: "VMware Tools is not running: start Tools or wait for the guest to boot.",
    transient: true,
  },
  UNABLE_TO_ALLOCATE_RESOURCE: {
    errorType: "UNABLE_TO_ALLOCATE_RESOURCE",
    status: ERROR_STATUS.UNABLE_TO_ALLOCATE_RESOURCE,
    meaning: "The program failed to start.",
    advice:
      "The program did not start: check that it is executable by the guest user and that the guest has free memory and processes.",
    transient: false,
  },
  UNAUTHENTICATED: {
    errorType: "UNAUTHENTICATED",
    status: ERROR_STATUS.UNAUTHENTICATED,
    meaning: "The guest credentials are not valid.",
    advice:
      "The guest rejected the user name or password: check the guest credentials (a retry will not help).",
    transient: false,
  },
  UNAUTHORIZED: {
    errorType: "UNAUTHORIZED",
    status: ERROR_STATUS.UNAUTHORIZED,
    meaning: "The program path cannot be accessed or run by the guest user.",
    advice: "Run as a guest user allowed to execute the program, or fix the program's permissions.",
    transient: false,
  },
  UNSUPPORTED: {
    errorType: "UNSUPPORTED",
    status: ERROR_STATUS.UNSUPPORTED,
    meaning: "VMware Tools in the guest does not support the operation, or has it disabled.",
    advice: "Upgrade VMware Tools in the guest, or enable guest operations in its configuration.",
    transient: false,
  },
} as const satisfies { readonly [K in VapiErrorType]?: DocumentedError & { errorType: K } };

/** A std error type that `create` is documented to answer with. */
export type CreateErrorType = keyof typeof CREATE_ERRORS;

/** Message id of the 401 that vCenter sends when the session is missing or expired. */
export const SESSION_AUTH_REQUIRED_ID = "com.vmware.vapi.endpoint.method.authentication.required";

/**
 * Tells whether an error means the vCenter session is missing or expired (log in again and replay,
 * which is safe even for `create`: nothing ran), as opposed to rejected guest credentials.
 *
 * @example
 * if (isSessionExpired(parseVapiError(res.status, await res.text()))) await login();
 */
export function isSessionExpired(parsed: ParsedVapiError): boolean {
  return (
    parsed.status === 401 &&
    parsed.errorType === "UNAUTHENTICATED" &&
    parsed.messages.some((message) => message.id === SESSION_AUTH_REQUIRED_ID)
  );
}
