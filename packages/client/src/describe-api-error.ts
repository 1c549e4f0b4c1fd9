import { CREATE_ERRORS, type ParsedVapiError, type VapiErrorType } from "@guestops/core";
import type { OperationName } from "./operation.js";

/** What an error means for the user: a short summary naming the VM, and one sentence of advice. */
export interface ErrorDescription {
  /** What happened, e.g. "VMware Tools is not running in vm-42". */
  readonly summary: string;
  /** What to do, one sentence. */
  readonly advice: string;
}

/** What the client knew when the call failed, beyond the operation. */
export interface ErrorContext {
  /** The VM of the call. */
  readonly vm?: string | undefined;
  /** The pid of a process call. */
  readonly pid?: number | undefined;
  /** The guest path of a file call. */
  readonly path?: string | undefined;
}

/** The message id of vCenter's 404 for a path it has no operation at ("No operation at /rest/..."). */
const NO_SUCH_PATH_ID = "com.vmware.vapi.rest.httpNotFound";

const PROCESS_OPERATIONS: ReadonlySet<OperationName> = new Set([
  "createProcess",
  "listProcesses",
  "getProcess",
  "deleteProcess",
]);
const FILE_OPERATIONS: ReadonlySet<OperationName> = new Set([
  "createTemporaryFile",
  "deleteFile",
  "createTransfer",
]);

/**
 * Summary and advice for a vAPI error answer. `createProcess` uses the advice of core's
 * CREATE_ERRORS (the seed page's table); the other operations use the generic lines below, with
 * the few per-operation meanings the spec documents (a missing pid, a full guest disk, ...).
 */
export function describeApiError(
  operation: OperationName,
  parsed: ParsedVapiError,
  context: ErrorContext,
): ErrorDescription {
  const vm = context.vm ?? "vCenter";
  // vCenter's answer for a path it does not serve at all, not for a missing VM or program: the
  // client is speaking the other API flavor than this vCenter has for the operation.
  if (parsed.messages.some((message) => message.id === NO_SUCH_PATH_ID)) {
    return {
      summary: `this vCenter does not serve ${operation} at the address the client used`,
      advice:
        'The API flavor does not match this vCenter (7.0 U2 and later serve guest processes and files under /api only, 7.0 and 7.0 U1 under /rest only): use the "auto" flavor.',
    };
  }
  const type = parsed.errorType;
  const guestCall = PROCESS_OPERATIONS.has(operation) || FILE_OPERATIONS.has(operation);
  const createAdvice =
    operation === "createProcess" && type !== undefined
      ? (fileErrorAdvice(parsed.data) ?? createAdviceFor(type))
      : undefined;
  const generic =
    type === undefined ? undefined : describeType(type, operation, vm, context, parsed);
  if (generic !== undefined) {
    return createAdvice === undefined
      ? generic
      : { summary: generic.summary, advice: createAdvice };
  }
  if (operation === "download" || operation === "upload")
    return describeTransfer(operation, parsed.status);
  const advice =
    parsed.status >= 500
      ? operation === "createProcess"
        ? "vCenter failed without saying why: the program may have started, so look for it with listProcesses before starting it again."
        : "vCenter failed without saying why: retry in a few seconds, and check the vCenter services if it persists."
      : guestCall
        ? "Check the request and the VM, then retry."
        : "This does not look like a vCenter answer: check the vCenter address in url.";
  return { summary: `vCenter answered ${parsed.status} for ${vm}`, advice };
}

const FILE_ERROR_REASONS: Readonly<Record<string, string>> = {
  NOT_A_FILE: "is not a file",
  NOT_A_DIRECTORY: "is not a directory",
  PATH_TOO_LONG: "is too long",
  FILE_NOT_FOUND: "does not exist",
  FILE_TOO_LARGE: "is too large",
  NO_DISK_SPACE: "is on a full disk",
  DIRECTORY_NOT_EMPTY: "is a directory that is not empty",
};

/**
 * Advice naming the guest path when vCenter says which one was wrong (`data` = FileErrorDetails),
 * so "INVALID_ARGUMENT" on a bad working directory does not read like a start_minimized problem.
 */
function fileErrorAdvice(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { file_path: path, reason } = data as { file_path?: unknown; reason?: unknown };
  if (typeof path !== "string" || typeof reason !== "string") return undefined;
  const problem = FILE_ERROR_REASONS[reason] ?? `was refused (${reason})`;
  return `The guest path ${path} ${problem}; give an existing absolute program path and working directory.`;
}

function createAdviceFor(type: VapiErrorType): string | undefined {
  return type in CREATE_ERRORS
    ? CREATE_ERRORS[type as keyof typeof CREATE_ERRORS].advice
    : undefined;
}

function describeType(
  type: VapiErrorType,
  operation: OperationName,
  vm: string,
  context: ErrorContext,
  parsed: ParsedVapiError,
): ErrorDescription | undefined {
  const guestCall = PROCESS_OPERATIONS.has(operation) || FILE_OPERATIONS.has(operation);
  switch (type) {
    case "SERVICE_UNAVAILABLE":
      return guestCall || operation === "getGuestOperationsReadiness"
        ? {
            summary: `VMware Tools is not running in ${vm}`,
            advice: "VMware Tools is not running: start Tools or wait for the guest to boot.",
          }
        : {
            summary: "a vCenter service is unavailable",
            advice: "vCenter cannot serve the call right now: retry in a few seconds.",
          };
    case "RESOURCE_BUSY":
      return {
        summary: `${vm} is busy`,
        advice: "The VM is busy with another operation: retry in a few seconds.",
      };
    case "NOT_ALLOWED_IN_CURRENT_STATE":
      return {
        summary: `${vm} is not running`,
        advice: "The VM is powered off or suspended: power it on and wait for the guest to boot.",
      };
    case "NOT_FOUND":
      return describeNotFound(operation, vm, context, parsed.data);
    case "UNAUTHENTICATED":
      return guestCall
        ? {
            summary: `the guest of ${vm} rejected the credentials`,
            advice:
              "The guest rejected the user name or password: check the guest credentials (a retry will not help).",
          }
        : {
            summary: "vCenter rejected the login",
            advice: "Check the vCenter user name and password.",
          };
    case "UNAUTHORIZED":
      return describeUnauthorized(operation, vm, context);
    case "INVALID_ARGUMENT":
      return {
        summary: `vCenter rejected an argument for ${vm}`,
        advice:
          "Check the request: make guest paths absolute and existing, and use start_minimized on Windows guests only.",
      };
    case "UNSUPPORTED":
      return {
        summary: `VMware Tools in ${vm} does not support the operation`,
        advice:
          "Upgrade VMware Tools in the guest, or enable guest operations in its configuration.",
      };
    case "UNABLE_TO_ALLOCATE_RESOURCE":
      if (operation === "createProcess") {
        return { summary: `the program failed to start in ${vm}`, advice: "" };
      }
      if (operation === "listVms" || operation === "resolveVm") {
        return {
          summary: "more than 4000 VMs match the filter",
          advice: "Narrow the filter with names, vms or powerStates.",
        };
      }
      return {
        summary: `${vm} has no room for the operation`,
        advice: "The guest is out of disk space or resources: free some and retry.",
      };
    case "ALREADY_EXISTS":
      return {
        summary: `${context.path ?? "the file"} already exists in ${vm}`,
        advice: "Set upload.overwrite to true to replace it, or choose another path.",
      };
    default:
      return undefined;
  }
}

function describeNotFound(
  operation: OperationName,
  vm: string,
  context: ErrorContext,
  data: unknown,
): ErrorDescription {
  const details =
    typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  if ((operation === "getProcess" || operation === "deleteProcess") && "pid" in details) {
    return {
      summary: `process ${context.pid ?? String(details.pid)} was not found in ${vm}`,
      advice:
        "The process exited more than 5 minutes ago (its exit code is no longer kept) or never existed.",
    };
  }
  if (
    typeof details.file_path === "string" ||
    (operation === "createProcess" && "reason" in details)
  ) {
    const path =
      typeof details.file_path === "string" ? details.file_path : (context.path ?? "the path");
    return {
      summary: `${path} was not found in ${vm}`,
      advice: "Check that the path exists in the guest and is absolute.",
    };
  }
  if (operation === "createProcess") {
    return { summary: `${vm} or the program was not found`, advice: "" };
  }
  return {
    summary: `${vm} was not found`,
    advice: "Check the VM identifier (e.g. vm-42); resolveVm turns a VM name into its identifier.",
  };
}

function describeUnauthorized(
  operation: OperationName,
  vm: string,
  context: ErrorContext,
): ErrorDescription {
  switch (operation) {
    case "createProcess":
      return { summary: `the guest user may not run the program in ${vm}`, advice: "" };
    case "deleteProcess":
      return {
        summary: `the guest user may not terminate ${context.pid === undefined ? "the process" : `process ${context.pid}`} in ${vm}`,
        advice: "Use the guest user that owns the process, or an administrator.",
      };
    case "createTemporaryFile":
    case "deleteFile":
    case "createTransfer":
      return {
        summary: `the guest user may not access ${context.path ?? "the path"} in ${vm}`,
        advice: "Use a guest user allowed to read or write the path.",
      };
    default:
      return {
        summary: `the vCenter user may not do this on ${vm}`,
        advice:
          "Ask for the missing vCenter privilege (System.Read, VirtualMachine.GuestOperations.Query/Execute/Modify).",
      };
  }
}

function describeTransfer(operation: "download" | "upload", status: number): ErrorDescription {
  if (status === 404) {
    return {
      summary: "the transfer URL is unknown, used or expired",
      advice: "Each transfer URL works once, for 10 minutes: create a new one with createTransfer.",
    };
  }
  if (status === 400 && operation === "upload") {
    return {
      summary: "the upload was refused",
      advice: "Send exactly upload.size bytes, as declared to createTransfer.",
    };
  }
  return {
    summary: `the ${operation} answered ${status}`,
    advice: "Create a new transfer URL with createTransfer and try again.",
  };
}
