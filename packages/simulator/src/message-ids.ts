// Message ids the simulator answers with. vCenter documents only the session one
// (SESSION_AUTH_REQUIRED_ID, from @guestops/core); the others are the simulator's choices, in the
// same dotted style, stable so that tests can assert on them.
export { SESSION_AUTH_REQUIRED_ID } from "@guestops/core";

/** Basic login rejected (wrong vCenter user name or password). */
export const LOGIN_FAILED_ID = "com.vmware.vapi.endpoint.authentication.failed";
/** The guest rejected the credentials in the body (never the session). */
export const GUEST_CREDENTIALS_INVALID_ID = "com.vmware.vcenter.vm.guest.credentials.invalid";
/** Request body or parameter failed validation. */
export const BAD_REQUEST_ID = "com.vmware.vapi.rest.badRequest";
/** No operation at that path, method or action. */
export const HTTP_NOT_FOUND_ID = "com.vmware.vapi.rest.httpNotFound";
/** Unknown VM identifier. */
export const VM_NOT_FOUND_ID = "com.vmware.vdcs.util.object_not_found";
/** VM not powered on. */
export const VM_NOT_RUNNING_ID = "com.vmware.vcenter.vm.guest.not_running";
/** VMware Tools not running. */
export const TOOLS_NOT_RUNNING_ID = "com.vmware.vcenter.vm.guest.tools_not_running";
/** Tools does not support (or has disabled) the operation. */
export const TOOLS_UNSUPPORTED_ID = "com.vmware.vcenter.vm.guest.operation_unsupported";
/** The VM is busy with another operation. */
export const VM_BUSY_ID = "com.vmware.vcenter.vm.guest.busy";
/** The program could not be started. */
export const PROGRAM_NOT_STARTED_ID = "com.vmware.vcenter.vm.guest.processes.program_not_started";
/** start_minimized on a guest that is not Windows. */
export const START_MINIMIZED_ID =
  "com.vmware.vcenter.vm.guest.processes.start_minimized_not_windows";
/** A guest path is not absolute. */
export const PATH_NOT_ABSOLUTE_ID = "com.vmware.vcenter.vm.guest.filesystem.path_not_absolute";
/** A guest file or program path does not exist. */
export const FILE_NOT_FOUND_ID = "com.vmware.vcenter.vm.guest.filesystem.file_not_found";
/** A guest path names a directory where a file is needed (or the reverse). */
export const NOT_A_FILE_ID = "com.vmware.vcenter.vm.guest.filesystem.not_a_file";
/** A directory is needed and the path is not one. */
export const NOT_A_DIRECTORY_ID = "com.vmware.vcenter.vm.guest.filesystem.not_a_directory";
/** A guest path cannot be accessed (permissions, or outside the VM's directory). */
export const ACCESS_DENIED_ID = "com.vmware.vcenter.vm.guest.access_denied";
/** An upload would replace an existing file and overwrite is false. */
export const FILE_EXISTS_ID = "com.vmware.vcenter.vm.guest.filesystem.file_exists";
/** The pid is unknown, or its exit code aged out of the retention window. */
export const PROCESS_NOT_FOUND_ID = "com.vmware.vcenter.vm.guest.processes.not_found";
/** The service is unavailable (fault injection). */
export const SERVICE_UNAVAILABLE_ID = "com.vmware.vapi.endpoint.service_unavailable";
/** More VMs match than a list may return. */
export const TOO_MANY_MATCHES_ID = "com.vmware.vcenter.vm.list.too_many";
/** An unexpected failure inside the simulator (a bug: please report it). */
export const INTERNAL_ERROR_ID = "com.vmware.vapi.internal_server_error";
