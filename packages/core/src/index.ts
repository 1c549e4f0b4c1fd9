// Public API of @guestops/core: named re-exports only. A new export here is a public symbol.
// Biome keeps these sorted by module. The domain model and generated types (from spec/openapi.yaml)
// are exported from "./domain.js".

export type {
  ApiErrorBody,
  CreateProcessBody,
  CreateSpec,
  CreateTemporaryFileBody,
  Credentials,
  CredentialsType,
  FileCreationAttributes,
  FileErrorDetails,
  FileInfo,
  GuestOperationsInfo,
  LocalizableMessage,
  PowerState,
  ProcessErrorDetails,
  ProcessInfo,
  ProcessSummary,
  RestCreateProcessBody,
  RestCreateSpec,
  RestErrorBody,
  RestProcessInfo,
  SessionInfo,
  ToolsInfo,
  ToolsRunState,
  TransferSpec,
  VcenterOperations,
  VcenterPaths,
  VcenterSchemas,
  VmInfo,
  VmSummary,
} from "./domain.js";
export {
  type ApiFlavor,
  ERROR_STATUS,
  type ErrorStatus,
  errorTypeFromRestType,
  REST_ERROR_TYPE_PREFIX,
  restTypeFor,
  statusFor,
} from "./error-status.js";
export { isVapiErrorType, VAPI_ERROR_TYPES, type VapiErrorType } from "./error-types.js";
export {
  BODY_EXCERPT_MESSAGE_ID,
  type ErrorBodyFlavor,
  type ParsedVapiError,
  parseVapiError,
  type VapiMessage,
} from "./parse-error-body.js";
export {
  CREATE_ERRORS,
  type CreateErrorType,
  type DocumentedError,
  isSessionExpired,
  SESSION_AUTH_REQUIRED_ID,
} from "./seed-errors.js";
