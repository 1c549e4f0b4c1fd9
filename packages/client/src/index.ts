// Public API of @guestops/client: named re-exports only. A new export here is a public symbol
// (index.test.ts snapshots the list).

export type {
  CallOptions,
  ClientOptions,
  DryRunEntry,
  FetchLike,
  FlavorOption,
  RequestEvent,
} from "./client-options.js";
export { createClient, DEFAULT_TIMEOUT } from "./create-client.js";
export type {
  Capabilities,
  Flavor,
  GuestFamily,
  GuestOperationsReadiness,
  ListVmsFilter,
  ProcessSpec,
  ProcessStatus,
  TemporaryFileSpec,
  ToolsStatus,
  TransferRequest,
  VmDetails,
  VmEntry,
} from "./domain.js";
export { DRY_RUN_PID, DRY_RUN_SESSION_ID } from "./dry-run.js";
export { GuestAuthError, isGuestAuthError } from "./guest-auth-error.js";
export type { GuestCredentials } from "./guest-credentials.js";
export type { GuestOpsClient } from "./guest-ops-client.js";
export {
  InvalidRequestError,
  type InvalidRequestErrorOptions,
  type InvalidRequestReason,
  isInvalidRequestError,
} from "./invalid-request-error.js";
export { OPERATIONS, type OperationName } from "./operation.js";
export type { ListProcessesFilter } from "./process-operations.js";
export { REDACTED } from "./redact.js";
export {
  isRequestTimeoutError,
  RequestTimeoutError,
  type RequestTimeoutErrorOptions,
} from "./request-timeout-error.js";
export {
  classifyFailure,
  type FailureKind,
  failureKind,
  isDoneOnReplay,
  isRetryable,
  RETRY_OPERATION_OF,
  RETRY_SAFETY,
  type RetryOperation,
  type RetryVerdict,
} from "./retry-safety.js";
export {
  isSessionError,
  SessionError,
  type SessionErrorOptions,
  type SessionFailure,
} from "./session-error.js";
export { INSECURE_WARNING } from "./tls.js";
export {
  isTransportError,
  type RequestSent,
  TransportError,
  type TransportErrorOptions,
} from "./transport-error.js";
export {
  isVcenterApiError,
  VcenterApiError,
  type VcenterApiErrorName,
  type VcenterApiErrorOptions,
} from "./vcenter-api-error.js";
export { isVmLookupError, VmLookupError, type VmLookupErrorOptions } from "./vm-lookup-error.js";
