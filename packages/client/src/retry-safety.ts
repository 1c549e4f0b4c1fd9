// The project's retry-safety rule (docs/DESIGN.md "Retry safety"), as data, in one place. All guest
// calls are POST, so the HTTP method says nothing: the verdict depends on the operation and on what
// the failure proves about the server's side. The client itself never loops (apart from its one
// session replay); @guestops/poll reads this table.
import { isGuestAuthError } from "./guest-auth-error.js";
import { isInvalidRequestError } from "./invalid-request-error.js";
import type { OperationName } from "./operation.js";
import { isRequestTimeoutError } from "./request-timeout-error.js";
import { isSessionError, type SessionError } from "./session-error.js";
import { isTlsCode } from "./transport-codes.js";
import { isTransportError } from "./transport-error.js";
import { isVcenterApiError } from "./vcenter-api-error.js";
import { isVmLookupError } from "./vm-lookup-error.js";

/**
 * What a caller may do after a failure: `retry` (safe to send again), `fatal` (sending again
 * fails the same way or does harm), `ambiguous` (a `create` whose outcome is unknown: reconcile
 * with `listProcesses`, or report, but never start a second copy blindly).
 */
export type RetryVerdict = "retry" | "fatal" | "ambiguous";

/** The operation classes of the rule; each client operation belongs to one ({@link RETRY_OPERATION_OF}). */
export type RetryOperation =
  | "create"
  | "get"
  | "list"
  | "delete"
  | "session"
  | "vmLookup"
  | "files";

/** What a failure proves, the rows of {@link RETRY_SAFETY}. */
export type FailureKind =
  /** 401 "authentication required": the vCenter session expired; nothing ran. */
  | "sessionExpired"
  /** The session expired and the client has no user name and password to log in again. */
  | "sessionNotRenewable"
  /** vCenter refused the login: wrong user name or password. */
  | "loginRejected"
  /** The guest rejected the guest credentials. */
  | "guestAuth"
  /** RESOURCE_BUSY: the VM is busy; nothing ran. */
  | "busy"
  /** 503 SERVICE_UNAVAILABLE: Tools not running (guest calls) or a vCenter service down; nothing ran. */
  | "unavailable"
  /** The connection never opened (refused, connect timeout, transient DNS): nothing was sent. */
  | "notSent"
  /** The host name does not resolve. */
  | "hostNotFound"
  /** The TLS certificate was not trusted: nothing was sent, and it will not be trusted next time either. */
  | "tlsRejected"
  /** The connection broke after the request may have left (reset, socket closed): outcome unknown. */
  | "connectionLost"
  /** The per-call timeout elapsed: outcome unknown. */
  | "timeout"
  /** A 5xx that is not busy / failed-to-start (ERROR, INTERNAL_SERVER_ERROR, TIMED_OUT, a proxy's 502): outcome unknown. */
  | "serverError"
  /** UNABLE_TO_ALLOCATE_RESOURCE: the program failed to start, the guest is full, or too many VMs match. */
  | "failedToStart"
  /** NOT_FOUND: the VM, pid, path or transfer URL does not exist. */
  | "notFound"
  /** Any other refusal (INVALID_ARGUMENT, NOT_ALLOWED_IN_CURRENT_STATE, UNSUPPORTED, UNAUTHORIZED, ...). */
  | "rejected"
  /** Refused by the client before sending. */
  | "invalidRequest"
  /** `resolveVm` matched no VM or several. */
  | "vmNotResolved"
  /** A success status with a body the client cannot read: the server did something. */
  | "malformedAnswer"
  /** Anything else (a caller's abort reason, a bug). */
  | "unknown";

/**
 * The rule: per failure kind (row), per operation class (column), may the call be sent again?
 *
 * - `create` is replayed only after failures that prove nothing ran; after a reset, a timeout, an
 *   unexplained 5xx or an unreadable success it is `ambiguous`.
 * - `get`, `list`, `session`, `vmLookup` read only: any transient failure is `retry`.
 * - `delete` is idempotent in effect: `retry` on transient failures; a NOT_FOUND on a replay means
 *   done ({@link isDoneOnReplay}).
 * - `files` (createTemporaryFile, deleteFile, createTransfer, download, upload) follows `get`:
 *   replaying createTemporaryFile can at worst leave one more empty temp file, createTransfer only
 *   mints another single-use URL (unused ones expire in 10 minutes), a download or upload is redone
 *   through a new transfer URL, and deleteFile is done on a NOT_FOUND replay like `delete`.
 */
// biome-ignore format: one row per failure kind reads as the table it is
export const RETRY_SAFETY = {
  sessionExpired: { create: "retry", get: "retry", list: "retry", delete: "retry", session: "retry", vmLookup: "retry", files: "retry" },
  sessionNotRenewable: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  loginRejected: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  guestAuth: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  busy: { create: "retry", get: "retry", list: "retry", delete: "retry", session: "retry", vmLookup: "retry", files: "retry" },
  unavailable: { create: "retry", get: "retry", list: "retry", delete: "retry", session: "retry", vmLookup: "retry", files: "retry" },
  notSent: { create: "retry", get: "retry", list: "retry", delete: "retry", session: "retry", vmLookup: "retry", files: "retry" },
  hostNotFound: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  tlsRejected: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  connectionLost: { create: "ambiguous", get: "retry", list: "retry", delete: "retry", session: "retry", vmLookup: "retry", files: "retry" },
  timeout: { create: "ambiguous", get: "retry", list: "retry", delete: "retry", session: "retry", vmLookup: "retry", files: "retry" },
  serverError: { create: "ambiguous", get: "retry", list: "retry", delete: "retry", session: "retry", vmLookup: "retry", files: "retry" },
  failedToStart: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  notFound: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  rejected: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  invalidRequest: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  vmNotResolved: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  malformedAnswer: { create: "ambiguous", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
  unknown: { create: "fatal", get: "fatal", list: "fatal", delete: "fatal", session: "fatal", vmLookup: "fatal", files: "fatal" },
} as const satisfies Record<FailureKind, Record<RetryOperation, RetryVerdict>>;

/** The operation class of each client operation. */
export const RETRY_OPERATION_OF = {
  login: "session",
  logout: "session",
  listVms: "vmLookup",
  resolveVm: "vmLookup",
  getVm: "vmLookup",
  getTools: "vmLookup",
  getGuestOperationsReadiness: "vmLookup",
  createProcess: "create",
  listProcesses: "list",
  getProcess: "get",
  deleteProcess: "delete",
  createTemporaryFile: "files",
  deleteFile: "files",
  createTransfer: "files",
  download: "files",
  upload: "files",
} as const satisfies Record<OperationName, RetryOperation>;

/** What a thrown value proves, as a row of {@link RETRY_SAFETY}. */
export function failureKind(error: unknown): FailureKind {
  if (isInvalidRequestError(error)) return "invalidRequest";
  if (isVmLookupError(error)) return "vmNotResolved";
  if (isRequestTimeoutError(error)) return "timeout";
  if (isTransportError(error)) {
    if (isTlsCode(error.code)) return "tlsRejected";
    // A name that does not resolve or a port fetch refuses: trying again cannot help.
    if (error.code === "ENOTFOUND" || error.code === "ERR_BAD_PORT") return "hostNotFound";
    return error.requestSent === false ? "notSent" : "connectionLost";
  }
  if (isSessionError(error)) {
    const reason = (error as SessionError).reason;
    if (reason === "loginRejected") return "loginRejected";
    if (reason === "sessionExpired") return "sessionExpired";
    if (reason === "sessionNotRenewable") return "sessionNotRenewable";
  }
  if (isGuestAuthError(error)) return "guestAuth";
  if (isVcenterApiError(error)) return apiFailureKind(error.status, error.errorType);
  return "unknown";
}

function apiFailureKind(status: number, errorType: string | undefined): FailureKind {
  if (status >= 200 && status < 300) return "malformedAnswer";
  switch (errorType) {
    case "RESOURCE_BUSY":
      return "busy";
    case "SERVICE_UNAVAILABLE":
      return "unavailable";
    case "UNABLE_TO_ALLOCATE_RESOURCE":
      return "failedToStart";
    case "NOT_FOUND":
      return "notFound";
    case "UNAUTHENTICATED":
      return "guestAuth";
    case undefined:
      if (status >= 500) return "serverError";
      return status === 404 ? "notFound" : "rejected";
    default:
      return status >= 500 ? "serverError" : "rejected";
  }
}

function operationClass(operation: RetryOperation | OperationName): RetryOperation {
  return operation in RETRY_OPERATION_OF
    ? RETRY_OPERATION_OF[operation as OperationName]
    : (operation as RetryOperation);
}

/**
 * The retry verdict for a failure of an operation.
 *
 * @param operation - a client operation (`"createProcess"`) or an operation class (`"create"`)
 * @param error - what the operation threw
 * @example
 * try { await client.createProcess(vm, spec, creds); }
 * catch (error) {
 *   if (classifyFailure("createProcess", error) === "ambiguous") await reconcileWithList();
 * }
 */
export function classifyFailure(
  operation: RetryOperation | OperationName,
  error: unknown,
): RetryVerdict {
  return RETRY_SAFETY[failureKind(error)][operationClass(failedOperation(operation, error))];
}

/**
 * The operation whose request actually failed. A call that first needs a (re)login throws the
 * login's error when the login fails, and then the call itself was never sent (or was answered
 * 401, which proves nothing ran): judge it as the session call it is. Without this, a reset
 * during the re-login after a session expiry made a `create` "ambiguous" although it never ran.
 */
function failedOperation(
  operation: RetryOperation | OperationName,
  error: unknown,
): RetryOperation | OperationName {
  const failed =
    typeof error === "object" && error !== null
      ? (error as { operation?: unknown }).operation
      : undefined;
  const isSessionCall =
    typeof failed === "string" &&
    failed in RETRY_OPERATION_OF &&
    RETRY_OPERATION_OF[failed as OperationName] === "session";
  return isSessionCall ? (failed as OperationName) : operation;
}

/** Whether sending the operation again after this failure is safe (`classifyFailure` says `retry`). */
export function isRetryable(operation: RetryOperation | OperationName, error: unknown): boolean {
  return classifyFailure(operation, error) === "retry";
}

/**
 * Whether this failure, seen on a replay, means the work is already done: a NOT_FOUND answering a
 * replayed `delete` or `deleteFile` (the first attempt removed it).
 */
export function isDoneOnReplay(operation: RetryOperation | OperationName, error: unknown): boolean {
  const cls = operationClass(operation);
  const deletes = cls === "delete" || operation === "deleteFile";
  return deletes && failureKind(error) === "notFound";
}
