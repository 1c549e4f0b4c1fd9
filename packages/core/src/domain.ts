// Readable names for the wire shapes in the generated types. The generated file keeps the official
// schema names (VcenterVmGuestProcessesCreateSpec, RestVcenterVmGuestProcessesInfo, ...); code
// outside core should import these aliases instead.
import type { components, operations, paths } from "./generated/vcenter.js";

type Schemas = components["schemas"];

/** Every path of the spec, keyed as openapi-fetch expects. */
export type VcenterPaths = paths;
/** Every schema of the spec, by its official name. */
export type VcenterSchemas = Schemas;
/** Every operation of the spec, by operationId. */
export type VcenterOperations = operations;

/** Guest credentials sent in the body of every guest call (identical in both flavors). */
export type Credentials = Schemas["VcenterVmGuestCredentials"];
/** `USERNAME_PASSWORD` or `SAML_BEARER_TOKEN`. */
export type CredentialsType = Schemas["VcenterVmGuestCredentialsType"];

/** What to start, `/api` shape: environment as a map. */
export type CreateSpec = Schemas["VcenterVmGuestProcessesCreateSpec"];
/** What to start, `/rest` tech-preview shape: environment as a list of `{key, value}`. */
export type RestCreateSpec = Schemas["RestVcenterVmGuestProcessesCreateSpec"];
/** Body of `create` (`/api`). */
export type CreateProcessBody = Schemas["VcenterVmGuestProcessesCreate"];
/** Body of `create` (`/rest`). */
export type RestCreateProcessBody = Schemas["RestVcenterVmGuestProcessesCreate"];

/** `get` result, `/api`: no pid (it is the path parameter). */
export type ProcessInfo = Schemas["VcenterVmGuestProcessesInfo"];
/** `get`/`list` entry, `/rest` tech preview: carries `pid`, and `exit_code` once finished. */
export type RestProcessInfo = Schemas["RestVcenterVmGuestProcessesInfo"];
/** `list` entry, `/api`: no exit code. */
export type ProcessSummary = Schemas["VcenterVmGuestProcessesSummary"];
/** `data` of a NOT_FOUND for an unknown or aged-out pid. */
export type ProcessErrorDetails = Schemas["VcenterVmGuestProcessesProcessErrorDetails"];

/** One VM in a `GET /api/vcenter/vm` answer. */
export type VmSummary = Schemas["VcenterVMSummary"];
/** `POWERED_ON`, `POWERED_OFF` or `SUSPENDED`. */
export type PowerState = Schemas["VcenterVmPowerState"];
/** `GET /api/vcenter/vm/{vm}` answer. */
export type VmInfo = Schemas["VcenterVMInfo"];
/** `GET /api/vcenter/vm/{vm}/tools` answer. */
export type ToolsInfo = Schemas["VcenterVmToolsInfo"];
/** `RUNNING`, `NOT_RUNNING` or `EXECUTING_SCRIPTS`. */
export type ToolsRunState = Schemas["VcenterVmToolsRunState"];
/** `GET /api/vcenter/vm/{vm}/guest/operations` answer. */
export type GuestOperationsInfo = Schemas["VcenterVmGuestOperationsInfo"];

/** Body of `createTemporary` for files. */
export type CreateTemporaryFileBody = Schemas["VcenterVmGuestFilesystemFilesCreateTemporary"];
/** `files/{path}?action=get` answer. */
export type FileInfo = Schemas["VcenterVmGuestFilesystemFilesInfo"];
/** Transfer spec: no `attributes` = download, `attributes` = upload. */
export type TransferSpec = Schemas["VcenterVmGuestFilesystemTransfersCreateSpec"];
/** Upload attributes (`size` required). */
export type FileCreationAttributes =
  Schemas["VcenterVmGuestFilesystemTransfersFileCreationAttributes"];
/** `data` of file and path errors. */
export type FileErrorDetails = Schemas["VcenterVmGuestFilesystemFileErrorDetails"];

/** `GET /api/session` answer. */
export type SessionInfo = Schemas["CisSessionInfo"];

/** Error body of the `/api` flavor. */
export type ApiErrorBody = Schemas["VapiStdErrorsError"];
/** Error body of the `/rest` flavor. */
export type RestErrorBody = Schemas["RestVapiStdErrorsErrorError"];
/** One message of an error body (`/api` shape). */
export type LocalizableMessage = Schemas["VapiStdLocalizableMessage"];
