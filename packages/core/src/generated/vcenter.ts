/**
 * Generated from spec/openapi.yaml by openapi-typescript. Do not edit by hand:
 * change the spec, then run `pnpm generate`.
 */

export interface paths {
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Describe the current session. */
        get: operations["getSession"];
        put?: never;
        /**
         * Log in (GA /api flavor).
         * @description Creates a vCenter session from the HTTP Basic credentials and returns its token. Send the token in the `vmware-api-session-id` header of every later call. A session ends on logout, after a period without requests, or at an absolute expiry.
         */
        post: operations["createSession"];
        /** Log out. */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/com/vmware/cis/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in (legacy /rest flavor; deprecated since 7.0 U2 in favour of POST /api/session). */
        post: operations["createSessionRest"];
        /** Log out (legacy /rest flavor). */
        delete: operations["deleteSessionRest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/com/vmware/cis/session?~action=get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Describe the current session (legacy /rest flavor; note the `~action`). */
        post: operations["getSessionRest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List VMs matching the filter (at most 4000).
         * @description Each array filter is repeated per value (`names=a&names=b`). An empty filter matches all VMs.
         */
        get: operations["listVms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/vcenter/vm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List VMs (legacy /rest flavor; filters take the `filter.` prefix). */
        get: operations["listVmsRest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return information about a VM. */
        get: operations["getVm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/vcenter/vm/{vm}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return information about a VM (legacy /rest flavor). */
        get: operations["getVmRest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return the state of VMware Tools in the guest.
         * @description `run_state` tells whether Tools is running (`RUNNING`, `EXECUTING_SCRIPTS`) or not (`NOT_RUNNING`).
         */
        get: operations["getTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/guest/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return whether the guest is ready for guest operations (7.0.2+). */
        get: operations["getGuestOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/guest/processes?action=create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a program in the guest (GA /api flavor, 7.0.2+).
         * @description Starts a program in the guest operating system and returns its process id. Nothing is returned of the program's output: redirect it into guest files and download them.
         *
         *     - On Linux guests the program is started through `/bin/bash`, so stdio redirection may be used in `arguments`, and the pid returned is the program's own. On Solaris `/bin/bash` or `/bin/sh` is used (with `/bin/sh` the pid is the shell's). On Windows no shell is used: prefix `c:\windows\system32\cmd.exe /c` for redirection.
         *     - `environment_variables` is the complete environment of the program, not an addition to the guest's; when absent, guest-dependent defaults apply.
         *     - `working_directory` defaults to the home directory of the guest user on Linux.
         *     - `start_minimized` is only allowed on Windows guests (INVALID_ARGUMENT otherwise).
         *     - When the process completes, its exit code and end time are available through `get` for 5 minutes after completion; after that `get` answers 404.
         *
         *     Starting a program is not idempotent: replay `create` only after an error that proves nothing ran (401 session expired, 503, RESOURCE_BUSY).
         */
        post: operations["createProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/guest/processes?action=list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the guest processes, plus those started by create that recently completed.
         * @description Summaries carry no exit code: use `get` to learn whether a process finished. The guest credentials travel in the body, hence POST.
         */
        post: operations["listProcesses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/guest/processes/{pid}?action=get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return the status of a guest process, including one started by create that recently completed.
         * @description `finished` and `exit_code` are set only for processes started by create that exited less than 5 minutes ago. After that, or for an unknown pid, the answer is 404 NOT_FOUND with `data` = ProcessErrorDetails.
         */
        post: operations["getProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/guest/processes/{pid}?action=delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate a guest process.
         * @description On Posix guests the process is sent TERM, then KILL if it does not end; a stuck process may survive. Only that pid is signalled: its children are not.
         */
        post: operations["deleteProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/vcenter/vm/{vm}/guest/processes?action=create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a program in the guest (legacy /rest tech-preview flavor; the seed page).
         * @description Starts a program in the guest operating system and returns its process id. Nothing is returned of the program's output: redirect it into guest files and download them.
         *
         *     - On Linux guests the program is started through `/bin/bash`, so stdio redirection may be used in `arguments`, and the pid returned is the program's own. On Solaris `/bin/bash` or `/bin/sh` is used (with `/bin/sh` the pid is the shell's). On Windows no shell is used: prefix `c:\windows\system32\cmd.exe /c` for redirection.
         *     - `environment_variables` is the complete environment of the program, not an addition to the guest's; when absent, guest-dependent defaults apply.
         *     - `working_directory` defaults to the home directory of the guest user on Linux.
         *     - `start_minimized` is only allowed on Windows guests (INVALID_ARGUMENT otherwise).
         *     - When the process completes, its exit code and end time are available through `get` for 5 minutes after completion; after that `get` answers 404.
         *
         *     Starting a program is not idempotent: replay `create` only after an error that proves nothing ran (401 session expired, 503, RESOURCE_BUSY).
         *
         *     **Tech preview** (vSphere 7.0 / 7.0 U1): results are wrapped in `{"value": ...}`, `environment_variables` is a list of `{key, value}`, Info carries `pid`. Status codes follow the `/rest` mapping of vsphere-api.md: RESOURCE_BUSY and UNABLE_TO_ALLOCATE_RESOURCE are 400 here (the seed page's table shows 500, the `/api` mapping; the reference notes choose 400).
         */
        post: operations["createProcessRest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/vcenter/vm/{vm}/guest/processes?action=list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List guest processes (legacy /rest tech preview; accepts a `pids` filter; entries carry exit codes).
         * @description Unlike the GA flavor, the tech-preview list returns Info entries (with `pid`, and `finished`/`exit_code` when recently completed).
         *
         *     **Tech preview** (vSphere 7.0 / 7.0 U1): results are wrapped in `{"value": ...}`, `environment_variables` is a list of `{key, value}`, Info carries `pid`. Status codes follow the `/rest` mapping of vsphere-api.md: RESOURCE_BUSY and UNABLE_TO_ALLOCATE_RESOURCE are 400 here (the seed page's table shows 500, the `/api` mapping; the reference notes choose 400).
         */
        post: operations["listProcessesRest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/vcenter/vm/{vm}/guest/processes/{pid}?action=get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return the status of a guest process (legacy /rest tech preview).
         * @description Exit code and end time are available for 5 minutes after completion, then 404.
         *
         *     **Tech preview** (vSphere 7.0 / 7.0 U1): results are wrapped in `{"value": ...}`, `environment_variables` is a list of `{key, value}`, Info carries `pid`. Status codes follow the `/rest` mapping of vsphere-api.md: RESOURCE_BUSY and UNABLE_TO_ALLOCATE_RESOURCE are 400 here (the seed page's table shows 500, the `/api` mapping; the reference notes choose 400).
         */
        post: operations["getProcessRest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/vcenter/vm/{vm}/guest/processes/{pid}?action=delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate a guest process (legacy /rest tech preview).
         * @description Empty 200 on success.
         *
         *     **Tech preview** (vSphere 7.0 / 7.0 U1): results are wrapped in `{"value": ...}`, `environment_variables` is a list of `{key, value}`, Info carries `pid`. Status codes follow the `/rest` mapping of vsphere-api.md: RESOURCE_BUSY and UNABLE_TO_ALLOCATE_RESOURCE are 400 here (the seed page's table shows 500, the `/api` mapping; the reference notes choose 400).
         */
        post: operations["deleteProcessRest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/guest/filesystem/files?action=createTemporary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new unique temporary file in the guest and return its absolute path.
         * @description The name is made of `prefix`, a guest-generated string and `suffix`, in `parent_path` (default: the guest temporary directory). The caller removes it when done.
         */
        post: operations["createTemporaryFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/guest/filesystem/files/{path}?action=get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return information about a guest file. */
        post: operations["getFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/guest/filesystem/files/{path}?action=delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a guest file. */
        post: operations["deleteFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vcenter/vm/{vm}/guest/filesystem?action=create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate a file transfer to or from the guest and return the URL to use.
         * @description Without `spec.attributes` the URL downloads the file (HTTP GET); with `spec.attributes` (size required) it uploads (HTTP PUT). The URL is valid for 10 minutes and becomes invalid once a successful request is sent. Its host part may be `*`, meaning "the server you called": the client replaces it.
         */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guestFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a guest file through a transfer URL (not a vAPI operation).
         * @description The URL returned by createTransfer, served by the host named in it (`*` = the server called). Authorised by the token in the URL; single use; valid for 10 minutes.
         */
        get: operations["downloadGuestFile"];
        /**
         * Upload a guest file through a transfer URL (not a vAPI operation).
         * @description The body length must equal the `attributes.size` declared when the transfer was created.
         */
        put: operations["uploadGuestFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CisSessionInfo: {
            /** @description Fully qualified name of the end user that created the session, for example Administrator@vsphere.local. A typical use case for this information is in Graphical User Interfaces (GUI) or logging systems to visualize the identity of the current user. */
            user: string;
            /**
             * Format: date-time
             * @description Time when the session was created.
             */
            created_time: string;
            /**
             * Format: date-time
             * @description Last time this session was used by passing the session token for invoking an API.
             */
            last_accessed_time: string;
        };
        RestCisSessionCreateResp: {
            /** Format: password */
            value: string;
        };
        RestCisSessionInfo: {
            /** @description Fully qualified name of the end user that created the session, for example Administrator@vsphere.local. A typical use case for this information is in Graphical User Interfaces (GUI) or logging systems to visualize the identity of the current user. */
            user: string;
            /**
             * Format: date-time
             * @description Time when the session was created.
             */
            created_time: string;
            /**
             * Format: date-time
             * @description Last time this session was used by passing the session token for invoking an API.
             */
            last_accessed_time: string;
        };
        RestCisSessionResp: {
            value: components["schemas"]["RestCisSessionInfo"];
        };
        RestVapiStdErrorsAlreadyExists: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsAlreadyExistsError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsAlreadyExists"];
        };
        RestVapiStdErrorsError: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsErrorError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsError"];
        };
        /**
         * @description Enumeration of all standard errors. Used as discriminator in protocols that have no standard means for transporting the error type, e.g. REST.
         * @enum {string}
         */
        RestVapiStdErrorsErrorType: "ERROR" | "ALREADY_EXISTS" | "ALREADY_IN_DESIRED_STATE" | "CANCELED" | "CONCURRENT_CHANGE" | "FEATURE_IN_USE" | "INTERNAL_SERVER_ERROR" | "INVALID_ARGUMENT" | "INVALID_ELEMENT_CONFIGURATION" | "INVALID_ELEMENT_TYPE" | "INVALID_REQUEST" | "NOT_ALLOWED_IN_CURRENT_STATE" | "NOT_FOUND" | "OPERATION_NOT_FOUND" | "RESOURCE_BUSY" | "RESOURCE_IN_USE" | "RESOURCE_INACCESSIBLE" | "SERVICE_UNAVAILABLE" | "TIMED_OUT" | "UNABLE_TO_ALLOCATE_RESOURCE" | "UNAUTHENTICATED" | "UNAUTHORIZED" | "UNEXPECTED_INPUT" | "UNSUPPORTED" | "UNVERIFIED_PEER";
        RestVapiStdErrorsInvalidArgument: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsInvalidArgumentError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsInvalidArgument"];
        };
        RestVapiStdErrorsNotAllowedInCurrentState: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsNotAllowedInCurrentStateError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsNotAllowedInCurrentState"];
        };
        RestVapiStdErrorsNotFound: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsNotFoundError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsNotFound"];
        };
        RestVapiStdErrorsResourceBusy: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsResourceBusyError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsResourceBusy"];
        };
        RestVapiStdErrorsResourceInaccessible: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsResourceInaccessibleError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsResourceInaccessible"];
        };
        RestVapiStdErrorsServiceUnavailable: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsServiceUnavailableError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsServiceUnavailable"];
        };
        RestVapiStdErrorsUnableToAllocateResource: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsUnableToAllocateResourceError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsUnableToAllocateResource"];
        };
        RestVapiStdErrorsUnauthenticated: {
            /**
             * @description Indicates the authentication challenges applicable to the target API provider. It can be used by a client to discover the correct authentication scheme to use. The exact syntax of the value is defined by the specific provider, the protocol and authentication schemes used.
             *
             *      For example, a provider using REST may adhere to the WWW-Authenticate HTTP header specification, RFC7235, section 4.1. In this case an example challenge value may be: SIGN realm="27da1358-2ba4-11e9-b210-d663bd873d93",sts="http://vcenter/sso?vsphere.local", Basic realm="vCenter"
             */
            challenge?: string;
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsUnauthenticatedError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsUnauthenticated"];
        };
        RestVapiStdErrorsUnauthorized: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsUnauthorizedError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsUnauthorized"];
        };
        RestVapiStdErrorsUnsupported: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["RestVapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["RestVapiStdErrorsErrorType"];
        };
        RestVapiStdErrorsUnsupportedError: {
            type?: string;
            value?: components["schemas"]["RestVapiStdErrorsUnsupported"];
        };
        RestVapiStdLocalizableMessage: {
            /**
             * @description Unique identifier of the localizable string or message template.
             *
             *      This identifier is typically used to retrieve a locale-specific string or message template from a message catalog.
             */
            id: string;
            /** @description The value of this localizable string or message template in the en_US (English) locale.  If #id refers to a message template, the default message will contain the substituted arguments. This value can be used by clients that do not need to display strings and messages in the native language of the user.  It could also be used as a fallback if a client is unable to access the appropriate message catalog. */
            default_message: string;
            /** @description Positional arguments to be substituted into the message template. This list will be empty if the message uses named arguments or has no arguments. */
            args: string[];
            /** @description Named arguments to be substituted into the message template. */
            params?: {
                key?: string;
                value?: components["schemas"]["RestVapiStdLocalizationParam"];
            }[];
            /** @description Localized string value as per request requirements. */
            localized?: string;
        };
        RestVapiStdLocalizationParam: {
            /** @description String value associated with the parameter. */
            s?: string;
            /**
             * Format: date-time
             * @description Date and time value associated with the parameter. Use the #format field to specify date and time display style.
             */
            dt?: string;
            /**
             * Format: int64
             * @description long value associated with the parameter.
             */
            i?: number;
            /**
             * Format: double
             * @description The double value associated with the parameter. The number of displayed fractional digits is changed via #precision field.
             */
            d?: number;
            /** @description Nested localizable value associated with the parameter. This is useful construct to convert to human readable localized form enumerated type and boolean values. It can also be used for proper handling of pluralization and gender forms in localization. Recursive NestedLocalizableMessage instances can be used for localizing short lists of items. */
            l?: components["schemas"]["RestVapiStdNestedLocalizableMessage"];
            /** @description Format associated with the date and time value in #dt field. The enumeration value SHORT_DATETIME will be used as default. */
            format?: components["schemas"]["RestVapiStdLocalizationParamDateTimeFormat"];
            /**
             * Format: int64
             * @description Number of fractional digits to include in formatted double value.
             */
            precision?: number;
        };
        /**
         * @description The DateTimeFormat enumerated type lists possible date and time formatting options. It combines the Unicode CLDR format types - full, long, medium and short with 3 different presentations - date only, time only and combined date and time presentation.
         * @enum {string}
         */
        RestVapiStdLocalizationParamDateTimeFormat: "SHORT_DATE" | "MED_DATE" | "LONG_DATE" | "FULL_DATE" | "SHORT_TIME" | "MED_TIME" | "LONG_TIME" | "FULL_TIME" | "SHORT_DATE_TIME" | "MED_DATE_TIME" | "LONG_DATE_TIME" | "FULL_DATE_TIME";
        RestVapiStdNestedLocalizableMessage: {
            /**
             * @description Unique identifier of the localizable string or message template.
             *
             *      This identifier is typically used to retrieve a locale-specific string or message template from a message catalog.
             */
            id: string;
            /** @description Named Arguments to be substituted into the message template. */
            params?: {
                key?: string;
                value?: components["schemas"]["RestVapiStdLocalizationParam"];
            }[];
        };
        RestVcenterVMInfo: {
            /** @description Guest OS. */
            guest_OS: components["schemas"]["RestVcenterVmGuestOS"];
            /** @description Virtual machine name. */
            name: string;
            /** @description Identity of the virtual machine. */
            identity?: components["schemas"]["RestVcenterVmIdentityInfo"];
            /** @description Power state of the virtual machine. */
            power_state: components["schemas"]["RestVcenterVmPowerState"];
            /** @description Indicates whether the virtual machine is frozen for instant clone, or not. */
            instant_clone_frozen?: boolean;
            /** @description Virtual hardware version information. */
            hardware: components["schemas"]["RestVcenterVmHardwareInfo"];
            /** @description Boot configuration. */
            boot: components["schemas"]["RestVcenterVmHardwareBootInfo"];
            /** @description Boot device configuration.  If the list has no entries, a server-specific default boot sequence is used. */
            boot_devices: components["schemas"]["RestVcenterVmHardwareBootDeviceEntry"][];
            /** @description CPU configuration. */
            cpu: components["schemas"]["RestVcenterVmHardwareCpuInfo"];
            /** @description Memory configuration. */
            memory: components["schemas"]["RestVcenterVmHardwareMemoryInfo"];
            /** @description List of disks. */
            disks: {
                key?: string;
                value?: components["schemas"]["RestVcenterVmHardwareDiskInfo"];
            }[];
            /** @description List of Ethernet adapters. */
            nics: {
                key?: string;
                value?: components["schemas"]["RestVcenterVmHardwareEthernetInfo"];
            }[];
            /** @description List of CD-ROMs. */
            cdroms: {
                key?: string;
                value?: components["schemas"]["RestVcenterVmHardwareCdromInfo"];
            }[];
            /** @description List of floppy drives. */
            floppies: {
                key?: string;
                value?: components["schemas"]["RestVcenterVmHardwareFloppyInfo"];
            }[];
            /** @description List of parallel ports. */
            parallel_ports: {
                key?: string;
                value?: components["schemas"]["RestVcenterVmHardwareParallelInfo"];
            }[];
            /** @description List of serial ports. */
            serial_ports: {
                key?: string;
                value?: components["schemas"]["RestVcenterVmHardwareSerialInfo"];
            }[];
            /** @description List of SATA adapters. */
            sata_adapters: {
                key?: string;
                value?: components["schemas"]["RestVcenterVmHardwareAdapterSataInfo"];
            }[];
            /** @description List of SCSI adapters. */
            scsi_adapters: {
                key?: string;
                value?: components["schemas"]["RestVcenterVmHardwareAdapterScsiInfo"];
            }[];
        };
        RestVcenterVMListResp: {
            value: components["schemas"]["RestVcenterVMSummary"][];
        };
        RestVcenterVMResp: {
            value: components["schemas"]["RestVcenterVMInfo"];
        };
        RestVcenterVMSummary: {
            /** @description Identifier of the virtual machine. */
            vm: string;
            /** @description Name of the Virtual machine. */
            name: string;
            /** @description Power state of the virtual machine. */
            power_state: components["schemas"]["RestVcenterVmPowerState"];
            /**
             * Format: int64
             * @description Number of CPU cores.
             */
            cpu_count?: number;
            /**
             * Format: int64
             * @description Memory size in mebibytes.
             */
            memory_size_MiB?: number;
        };
        RestVcenterVmGuestCredentials: {
            /** @description If set, the operation will interact with the logged-in desktop session in the guest. This requires that the logged-on user matches the user specified by the Credentials. This is currently only supported for USERNAME_PASSWORD. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented. */
            interactive_session: boolean;
            /**
             * Format: password
             * @description password. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             *     This field is optional and it is only relevant when the value of Credentials.type is USERNAME_PASSWORD.
             */
            password?: string;
            /**
             * Format: password
             * @description SAML Bearer Token. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             *     This field is optional and it is only relevant when the value of Credentials.type is SAML_BEARER_TOKEN.
             */
            saml_token?: string;
            /** @description The guest credentials type. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented. */
            type: components["schemas"]["RestVcenterVmGuestCredentialsType"];
            /**
             * @description For SAML_BEARER_TOKEN, this is the guest user to be associated with the credentials. For USERNAME_PASSWORD this is the guest username. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             *     If no user is specified for SAML_BEARER_TOKEN, a guest dependent mapping will decide what guest user account is applied.
             */
            user_name?: string;
        };
        /**
         * @description Types of guest credentials. Warning: This enumeration is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
         * @enum {string}
         */
        RestVcenterVmGuestCredentialsType: "USERNAME_PASSWORD" | "SAML_BEARER_TOKEN";
        /**
         * @description The GuestOS enumerated type defines the valid guest operating system types used for configuring a virtual machine.
         * @enum {string}
         */
        RestVcenterVmGuestOS: "DOS" | "WIN_31" | "WIN_95" | "WIN_98" | "WIN_ME" | "WIN_NT" | "WIN_2000_PRO" | "WIN_2000_SERV" | "WIN_2000_ADV_SERV" | "WIN_XP_HOME" | "WIN_XP_PRO" | "WIN_XP_PRO_64" | "WIN_NET_WEB" | "WIN_NET_STANDARD" | "WIN_NET_ENTERPRISE" | "WIN_NET_DATACENTER" | "WIN_NET_BUSINESS" | "WIN_NET_STANDARD_64" | "WIN_NET_ENTERPRISE_64" | "WIN_LONGHORN" | "WIN_LONGHORN_64" | "WIN_NET_DATACENTER_64" | "WIN_VISTA" | "WIN_VISTA_64" | "WINDOWS_7" | "WINDOWS_7_64" | "WINDOWS_7_SERVER_64" | "WINDOWS_8" | "WINDOWS_8_64" | "WINDOWS_8_SERVER_64" | "WINDOWS_9" | "WINDOWS_9_64" | "WINDOWS_9_SERVER_64" | "WINDOWS_HYPERV" | "WINDOWS_SERVER_2019" | "WINDOWS_SERVER_2021" | "FREEBSD" | "FREEBSD_64" | "FREEBSD_11" | "FREEBSD_12" | "FREEBSD_13" | "FREEBSD_11_64" | "FREEBSD_12_64" | "FREEBSD_13_64" | "REDHAT" | "RHEL_2" | "RHEL_3" | "RHEL_3_64" | "RHEL_4" | "RHEL_4_64" | "RHEL_5" | "RHEL_5_64" | "RHEL_6" | "RHEL_6_64" | "RHEL_7" | "RHEL_7_64" | "RHEL_8_64" | "RHEL_9_64" | "CENTOS" | "CENTOS_64" | "CENTOS_6" | "CENTOS_6_64" | "CENTOS_7" | "CENTOS_7_64" | "CENTOS_8_64" | "CENTOS_9_64" | "ORACLE_LINUX" | "ORACLE_LINUX_64" | "ORACLE_LINUX_6" | "ORACLE_LINUX_6_64" | "ORACLE_LINUX_7" | "ORACLE_LINUX_7_64" | "ORACLE_LINUX_8_64" | "ORACLE_LINUX_9_64" | "SUSE" | "SUSE_64" | "SLES" | "SLES_64" | "SLES_10" | "SLES_10_64" | "SLES_11" | "SLES_11_64" | "SLES_12" | "SLES_12_64" | "SLES_15_64" | "SLES_16_64" | "NLD_9" | "OES" | "SJDS" | "MANDRAKE" | "MANDRIVA" | "MANDRIVA_64" | "TURBO_LINUX" | "TURBO_LINUX_64" | "UBUNTU" | "UBUNTU_64" | "DEBIAN_4" | "DEBIAN_4_64" | "DEBIAN_5" | "DEBIAN_5_64" | "DEBIAN_6" | "DEBIAN_6_64" | "DEBIAN_7" | "DEBIAN_7_64" | "DEBIAN_8" | "DEBIAN_8_64" | "DEBIAN_9" | "DEBIAN_9_64" | "DEBIAN_10" | "DEBIAN_10_64" | "DEBIAN_11" | "DEBIAN_11_64" | "ASIANUX_3" | "ASIANUX_3_64" | "ASIANUX_4" | "ASIANUX_4_64" | "ASIANUX_5_64" | "ASIANUX_7_64" | "ASIANUX_8_64" | "ASIANUX_9_64" | "OPENSUSE" | "OPENSUSE_64" | "FEDORA" | "FEDORA_64" | "COREOS_64" | "VMWARE_PHOTON_64" | "OTHER_24X_LINUX" | "OTHER_24X_LINUX_64" | "OTHER_26X_LINUX" | "OTHER_26X_LINUX_64" | "OTHER_3X_LINUX" | "OTHER_3X_LINUX_64" | "OTHER_4X_LINUX" | "OTHER_4X_LINUX_64" | "OTHER_5X_LINUX" | "OTHER_5X_LINUX_64" | "OTHER_LINUX" | "GENERIC_LINUX" | "OTHER_LINUX_64" | "SOLARIS_6" | "SOLARIS_7" | "SOLARIS_8" | "SOLARIS_9" | "SOLARIS_10" | "SOLARIS_10_64" | "SOLARIS_11_64" | "OS2" | "ECOMSTATION" | "ECOMSTATION_2" | "NETWARE_4" | "NETWARE_5" | "NETWARE_6" | "OPENSERVER_5" | "OPENSERVER_6" | "UNIXWARE_7" | "DARWIN" | "DARWIN_64" | "DARWIN_10" | "DARWIN_10_64" | "DARWIN_11" | "DARWIN_11_64" | "DARWIN_12_64" | "DARWIN_13_64" | "DARWIN_14_64" | "DARWIN_15_64" | "DARWIN_16_64" | "DARWIN_17_64" | "DARWIN_18_64" | "DARWIN_19_64" | "DARWIN_20_64" | "DARWIN_21_64" | "VMKERNEL" | "VMKERNEL_5" | "VMKERNEL_6" | "VMKERNEL_65" | "VMKERNEL_7" | "AMAZONLINUX2_64" | "AMAZONLINUX3_64" | "CRXPOD_1" | "OTHER" | "OTHER_64";
        RestVcenterVmGuestProcessesCreate: {
            /** @description The guest authentication data. See Credentials. The program will be run as the user associated with this data. */
            credentials: components["schemas"]["RestVcenterVmGuestCredentials"];
            /** @description The arguments describing the program to be started. */
            spec: components["schemas"]["RestVcenterVmGuestProcessesCreateSpec"];
        };
        RestVcenterVmGuestProcessesCreateResp: {
            /** Format: int64 */
            value: number;
        };
        RestVcenterVmGuestProcessesCreateSpec: {
            /**
             * @description The arguments to the program.
             *      Characters which must be escaped to the shell should also be escaped in Processes.CreateSpec.arguments.
             *
             *      In Linux and Solaris guest operating systems, stdio redirection arguments may be used.
             *
             *      For Windows, stdio redirection can be added to the argments if Processes.CreateSpec.path is prefixed with c:\windows\system32\cmd.exe /c.
             *     . Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             *     If this value is unset no arguments are passed to the program.
             */
            arguments?: string;
            /** @description A map of environment variables, specified using the guest OS rules (for example PATH, c:\bin;c:\windows\system32 or LD_LIBRARY_PATH,/usr/lib:/lib), to be set for the program being run. Note that these are not additions to the default environment variables; they define the complete set available to the program. If this value is empty, then the environment variables used are guest dependent defaults. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented. */
            environment_variables: {
                key?: string;
                value?: string;
            }[];
            /**
             * @description The absolute path to the program to start.
             *      For Linux guest operating systems, /bin/bash is used to start the program.
             *
             *      For Solaris guest operating systems, if /bin/bash exists, its used to start the program, otherwise /bin/sh is used. If /bin/sh is used, then the process ID returned by Processes.create will be that of the shell used to start the program, rather than the program itself, due to the differences in how /bin/sh and /bin/bash work. This PID will still be usable for watching the process with Processes.list to find its exit code and elapsed time.
             *
             *      For Windows, no shell is used. Using a simple batch file instead by prepending c:\windows\system32\cmd.exe /c will allow stdio redirection to work if passed in the Processes.CreateSpec.arguments parameter.
             *     . Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             */
            path: string;
            /**
             * @description Makes any program window start minimized in Windows operating systems. Returns an error if set for non-Windows guests. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             *     Defaults to false.
             */
            start_minimized?: boolean;
            /**
             * @description The absolute path of the working directory for the program to be run. VMware recommends explicitly setting the working directory for the program to be run. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             *      If this value is unset or is an empty string, the behavior depends on the guest operating system. For Linux guest operating systems, if this value is unset or is an empty string, the working directory will be the home directory of the user associated with the guest authentication. For other guest operating systems, if this value is unset, the behavior is unspecified.
             */
            working_directory?: string;
        };
        RestVcenterVmGuestProcessesDelete: {
            /** @description The guest authentication data. See Credentials. */
            credentials: components["schemas"]["RestVcenterVmGuestCredentials"];
        };
        RestVcenterVmGuestProcessesGet: {
            /** @description The guest authentication data. See Credentials. */
            credentials: components["schemas"]["RestVcenterVmGuestCredentials"];
        };
        RestVcenterVmGuestProcessesInfo: {
            /** @description The full command line of the process. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented. */
            command: string;
            /**
             * Format: int64
             * @description If the process was started using Processes.create then the process exit code will be available if queried within 5 minutes after it completes. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             *     Set if the process was started with Processes.create and has recently exited.
             */
            exit_code?: number;
            /**
             * Format: date-time
             * @description If the process was started using Processes.create then the process completion time will be available if queried within 5 minutes after it completes. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             *     Set if the process was started with Processes.create and has recently exited.
             */
            finished?: string;
            /** @description The process name. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented. */
            name: string;
            /** @description The process owner. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented. */
            owner: string;
            /**
             * Format: int64
             * @description The process ID. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             */
            pid: number;
            /**
             * Format: date-time
             * @description The start time of the process. Warning: This attribute is part of a new feature in development. It may be changed at any time and may not have all supported functionality implemented.
             */
            started: string;
        };
        RestVcenterVmGuestProcessesList: {
            /** @description The guest authentication data. See Credentials. */
            credentials: components["schemas"]["RestVcenterVmGuestCredentials"];
            /**
             * @description Specifies which processes should be listed. If a specified processes does not exist, nothing will be returned for that process.
             *     If unset information about all processes is returned.
             */
            pids?: number[];
        };
        RestVcenterVmGuestProcessesListResp: {
            value: components["schemas"]["RestVcenterVmGuestProcessesInfo"][];
        };
        RestVcenterVmGuestProcessesResp: {
            value: components["schemas"]["RestVcenterVmGuestProcessesInfo"];
        };
        RestVcenterVmHardwareAdapterSataInfo: {
            /** @description Device label. */
            label: string;
            /** @description Adapter type. */
            type: components["schemas"]["RestVcenterVmHardwareAdapterSataType"];
            /**
             * Format: int64
             * @description SATA bus number.
             */
            bus: number;
            /**
             * Format: int64
             * @description Address of the SATA adapter on the PCI bus.
             */
            pci_slot_number?: number;
        };
        /**
         * @description The Type enumerated type defines the valid emulation types for a virtual SATA adapter.
         * @enum {string}
         */
        RestVcenterVmHardwareAdapterSataType: "AHCI";
        RestVcenterVmHardwareAdapterScsiInfo: {
            /** @description Device label. */
            label: string;
            /** @description Adapter type. */
            type: components["schemas"]["RestVcenterVmHardwareAdapterScsiType"];
            /** @description Address of the SCSI adapter on the SCSI bus. */
            scsi: components["schemas"]["RestVcenterVmHardwareScsiAddressInfo"];
            /**
             * Format: int64
             * @description Address of the SCSI adapter on the PCI bus.  If the PCI address is invalid, the server will change it when the VM is started or as the device is hot added.
             */
            pci_slot_number?: number;
            /** @description Bus sharing mode. */
            sharing: components["schemas"]["RestVcenterVmHardwareAdapterScsiSharing"];
        };
        /**
         * @description The Sharing enumerated type defines the valid bus sharing modes for a virtual SCSI adapter.
         * @enum {string}
         */
        RestVcenterVmHardwareAdapterScsiSharing: "NONE" | "VIRTUAL" | "PHYSICAL";
        /**
         * @description The Type enumerated type defines the valid emulation types for a virtual SCSI adapter.
         * @enum {string}
         */
        RestVcenterVmHardwareAdapterScsiType: "BUSLOGIC" | "LSILOGIC" | "LSILOGICSAS" | "PVSCSI";
        RestVcenterVmHardwareBootDeviceEntry: {
            /** @description Virtual device type. */
            type: components["schemas"]["RestVcenterVmHardwareBootDeviceType"];
            /** @description Virtual Ethernet device. Ethernet device to use as boot device for this entry. */
            nic?: string;
            /** @description Virtual disk device. List of virtual disks in boot order. */
            disks?: string[];
        };
        /**
         * @description The Type enumerated type defines the valid device types that may be used as bootable devices.
         * @enum {string}
         */
        RestVcenterVmHardwareBootDeviceType: "CDROM" | "DISK" | "ETHERNET" | "FLOPPY";
        RestVcenterVmHardwareBootInfo: {
            /** @description Firmware type used by the virtual machine. */
            type: components["schemas"]["RestVcenterVmHardwareBootType"];
            /** @description Flag indicating whether to use EFI legacy boot mode. */
            efi_legacy_boot?: boolean;
            /** @description Protocol to use when attempting to boot the virtual machine over the network. */
            network_protocol?: components["schemas"]["RestVcenterVmHardwareBootNetworkProtocol"];
            /**
             * Format: int64
             * @description Delay in milliseconds before beginning the firmware boot process when the virtual machine is powered on.  This delay may be used to provide a time window for users to connect to the virtual machine console and enter BIOS setup mode.
             */
            delay: number;
            /** @description Flag indicating whether the virtual machine will automatically retry the boot process after a failure. */
            retry: boolean;
            /**
             * Format: int64
             * @description Delay in milliseconds before retrying the boot process after a failure; applicable only when #retry is true.
             */
            retry_delay: number;
            /** @description Flag indicating whether the firmware boot process will automatically enter setup mode the next time the virtual machine boots.  Note that this flag will automatically be reset to false once the virtual machine enters setup mode. */
            enter_setup_mode: boolean;
        };
        /**
         * @description The NetworkProtocol enumerated type defines the valid network boot protocols supported when booting a virtual machine with Type#EFI firmware over the network.
         * @enum {string}
         */
        RestVcenterVmHardwareBootNetworkProtocol: "IPV4" | "IPV6";
        /**
         * @description The Type enumerated type defines the valid firmware types for a virtual machine.
         * @enum {string}
         */
        RestVcenterVmHardwareBootType: "BIOS" | "EFI";
        RestVcenterVmHardwareCdromBackingInfo: {
            /** @description Backing type for the virtual CD-ROM device. */
            type: components["schemas"]["RestVcenterVmHardwareCdromBackingType"];
            /** @description Path of the image file backing the virtual CD-ROM device. */
            iso_file?: string;
            /** @description Name of the host device backing the virtual CD-ROM device. */
            host_device?: string;
            /** @description Flag indicating whether the virtual CD-ROM device is configured to automatically detect a suitable host device. */
            auto_detect?: boolean;
            /** @description Access type for the device backing. */
            device_access_type?: components["schemas"]["RestVcenterVmHardwareCdromDeviceAccessType"];
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual CD-ROM device.
         * @enum {string}
         */
        RestVcenterVmHardwareCdromBackingType: "ISO_FILE" | "HOST_DEVICE" | "CLIENT_DEVICE";
        /**
         * @description The DeviceAccessType enumerated type defines the valid device access types for a physical device packing of a virtual CD-ROM device.
         * @enum {string}
         */
        RestVcenterVmHardwareCdromDeviceAccessType: "EMULATION" | "PASSTHRU" | "PASSTHRU_EXCLUSIVE";
        /**
         * @description The HostBusAdapterType enumerated type defines the valid types of host bus adapters that may be used for attaching a Cdrom to a virtual machine.
         * @enum {string}
         */
        RestVcenterVmHardwareCdromHostBusAdapterType: "IDE" | "SATA";
        RestVcenterVmHardwareCdromInfo: {
            /** @description Type of host bus adapter to which the device is attached. */
            type: components["schemas"]["RestVcenterVmHardwareCdromHostBusAdapterType"];
            /** @description Device label. */
            label: string;
            /** @description Address of device attached to a virtual IDE adapter. */
            ide?: components["schemas"]["RestVcenterVmHardwareIdeAddressInfo"];
            /** @description Address of device attached to a virtual SATA adapter. */
            sata?: components["schemas"]["RestVcenterVmHardwareSataAddressInfo"];
            /** @description Physical resource backing for the virtual CD-ROM device. */
            backing: components["schemas"]["RestVcenterVmHardwareCdromBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["RestVcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        /**
         * @description The ConnectionState enumerated type defines the valid states for a removable device that is configured to be connected.
         * @enum {string}
         */
        RestVcenterVmHardwareConnectionState: "CONNECTED" | "RECOVERABLE_ERROR" | "UNRECOVERABLE_ERROR" | "NOT_CONNECTED" | "UNKNOWN";
        RestVcenterVmHardwareCpuInfo: {
            /**
             * Format: int64
             * @description Number of CPU cores.
             */
            count: number;
            /**
             * Format: int64
             * @description Number of CPU cores per socket.
             */
            cores_per_socket: number;
            /** @description Flag indicating whether adding CPUs while the virtual machine is running is enabled. */
            hot_add_enabled: boolean;
            /** @description Flag indicating whether removing CPUs while the virtual machine is running is enabled. */
            hot_remove_enabled: boolean;
        };
        RestVcenterVmHardwareDiskBackingInfo: {
            /** @description Backing type for the virtual disk. */
            type: components["schemas"]["RestVcenterVmHardwareDiskBackingType"];
            /** @description Path of the VMDK file backing the virtual disk. */
            vmdk_file?: string;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual disk.
         * @enum {string}
         */
        RestVcenterVmHardwareDiskBackingType: "VMDK_FILE";
        /**
         * @description The HostBusAdapterType enumerated type defines the valid types of host bus adapters that may be used for attaching a virtual storage device to a virtual machine.
         * @enum {string}
         */
        RestVcenterVmHardwareDiskHostBusAdapterType: "IDE" | "SCSI" | "SATA";
        RestVcenterVmHardwareDiskInfo: {
            /** @description Device label. */
            label: string;
            /** @description Type of host bus adapter to which the device is attached. */
            type: components["schemas"]["RestVcenterVmHardwareDiskHostBusAdapterType"];
            /** @description Address of device attached to a virtual IDE adapter. */
            ide?: components["schemas"]["RestVcenterVmHardwareIdeAddressInfo"];
            /** @description Address of device attached to a virtual SCSI adapter. */
            scsi?: components["schemas"]["RestVcenterVmHardwareScsiAddressInfo"];
            /** @description Address of device attached to a virtual SATA adapter. */
            sata?: components["schemas"]["RestVcenterVmHardwareSataAddressInfo"];
            /** @description Physical resource backing for the virtual disk. */
            backing: components["schemas"]["RestVcenterVmHardwareDiskBackingInfo"];
            /**
             * Format: int64
             * @description Capacity of the virtual disk in bytes.
             */
            capacity?: number;
        };
        RestVcenterVmHardwareEthernetBackingInfo: {
            /** @description Backing type for the virtual Ethernet adapter. */
            type: components["schemas"]["RestVcenterVmHardwareEthernetBackingType"];
            /** @description Identifier of the network backing the virtual Ethernet adapter. */
            network?: string;
            /** @description Name of the standard portgroup backing the virtual Ethernet adapter. */
            network_name?: string;
            /** @description Name of the device backing the virtual Ethernet adapter. */
            host_device?: string;
            /** @description UUID of the distributed virtual switch that backs the virtual Ethernet adapter. */
            distributed_switch_uuid?: string;
            /** @description Key of the distributed virtual port that backs the virtual Ethernet adapter. */
            distributed_port?: string;
            /**
             * Format: int64
             * @description Server-generated cookie that identifies the connection to the port.  This ookie may be used to verify that the virtual machine is the rightful owner of the port.
             */
            connection_cookie?: number;
            /** @description Type of the opaque network that backs the virtual Ethernet adapter. */
            opaque_network_type?: string;
            /** @description Identifier of the opaque network that backs the virtual Ethernet adapter. */
            opaque_network_id?: string;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual Ethernet adapter.
         * @enum {string}
         */
        RestVcenterVmHardwareEthernetBackingType: "STANDARD_PORTGROUP" | "HOST_DEVICE" | "DISTRIBUTED_PORTGROUP" | "OPAQUE_NETWORK";
        /**
         * @description The EmulationType enumerated type defines the valid emulation types for a virtual Ethernet adapter.
         * @enum {string}
         */
        RestVcenterVmHardwareEthernetEmulationType: "E1000" | "E1000E" | "PCNET32" | "VMXNET" | "VMXNET2" | "VMXNET3";
        RestVcenterVmHardwareEthernetInfo: {
            /** @description Device label. */
            label: string;
            /** @description Ethernet adapter emulation type. */
            type: components["schemas"]["RestVcenterVmHardwareEthernetEmulationType"];
            /** @description Flag indicating whether Universal Pass-Through (UPT) compatibility is enabled on this virtual Ethernet adapter. */
            upt_compatibility_enabled?: boolean;
            /** @description MAC address type. */
            mac_type: components["schemas"]["RestVcenterVmHardwareEthernetMacAddressType"];
            /** @description MAC address. */
            mac_address?: string;
            /**
             * Format: int64
             * @description Address of the virtual Ethernet adapter on the PCI bus.  If the PCI address is invalid, the server will change it when the VM is started or as the device is hot added.
             */
            pci_slot_number?: number;
            /** @description Flag indicating whether wake-on-LAN is enabled on this virtual Ethernet adapter. */
            wake_on_lan_enabled: boolean;
            /** @description Physical resource backing for the virtual Ethernet adapter. */
            backing: components["schemas"]["RestVcenterVmHardwareEthernetBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["RestVcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        /**
         * @description The MacAddressType enumerated type defines the valid MAC address origins for a virtual Ethernet adapter.
         * @enum {string}
         */
        RestVcenterVmHardwareEthernetMacAddressType: "MANUAL" | "GENERATED" | "ASSIGNED";
        RestVcenterVmHardwareFloppyBackingInfo: {
            /** @description Backing type for the virtual floppy drive. */
            type: components["schemas"]["RestVcenterVmHardwareFloppyBackingType"];
            /** @description Path of the image file backing the virtual floppy drive. */
            image_file?: string;
            /** @description Name of the host device backing the virtual floppy drive. */
            host_device?: string;
            /** @description Flag indicating whether the virtual floppy drive is configured to automatically detect a suitable host device. */
            auto_detect?: boolean;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual floppy drive.
         * @enum {string}
         */
        RestVcenterVmHardwareFloppyBackingType: "IMAGE_FILE" | "HOST_DEVICE" | "CLIENT_DEVICE";
        RestVcenterVmHardwareFloppyInfo: {
            /** @description Device label. */
            label: string;
            /** @description Physical resource backing for the virtual floppy drive. */
            backing: components["schemas"]["RestVcenterVmHardwareFloppyBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["RestVcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        RestVcenterVmHardwareIdeAddressInfo: {
            /** @description Flag specifying whether the device is attached to the primary or secondary IDE adapter of the virtual machine. */
            primary: boolean;
            /** @description Flag specifying whether the device is the master or slave device on the IDE adapter. */
            master: boolean;
        };
        RestVcenterVmHardwareInfo: {
            /** @description Virtual hardware version. */
            version: components["schemas"]["RestVcenterVmHardwareVersion"];
            /** @description Scheduled upgrade policy. */
            upgrade_policy: components["schemas"]["RestVcenterVmHardwareUpgradePolicy"];
            /** @description Target hardware version to be used on the next scheduled virtual hardware upgrade. */
            upgrade_version?: components["schemas"]["RestVcenterVmHardwareVersion"];
            /** @description Scheduled upgrade status. */
            upgrade_status: components["schemas"]["RestVcenterVmHardwareUpgradeStatus"];
            /** @description Reason for the scheduled upgrade failure. */
            upgrade_error?: string;
        };
        RestVcenterVmHardwareMemoryInfo: {
            /**
             * Format: int64
             * @description Memory size in mebibytes.
             */
            size_MiB: number;
            /**
             * @description Flag indicating whether adding memory while the virtual machine is running is enabled.
             *
             *      Some guest operating systems may consume more resources or perform less efficiently when they run on hardware that supports adding memory while the machine is running.
             */
            hot_add_enabled: boolean;
            /**
             * Format: int64
             * @description The granularity, in mebibytes, at which memory can be added to a running virtual machine.
             *
             *      When adding memory to a running virtual machine, the amount of memory added must be at least #hotAddIncrementSizeMiB and the total memory size of the virtual machine must be a multiple of {@link>hotAddIncrementSize}.
             */
            hot_add_increment_size_MiB?: number;
            /**
             * Format: int64
             * @description The maximum amount of memory, in mebibytes, that can be added to a running virtual machine.
             */
            hot_add_limit_MiB?: number;
        };
        RestVcenterVmHardwareParallelBackingInfo: {
            /** @description Backing type for the virtual parallel port. */
            type: components["schemas"]["RestVcenterVmHardwareParallelBackingType"];
            /** @description Path of the file backing the virtual parallel port. */
            file?: string;
            /** @description Name of the device backing the virtual parallel port. */
            host_device?: string;
            /** @description Flag indicating whether the virtual parallel port is configured to automatically detect a suitable host device. */
            auto_detect?: boolean;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual parallel port.
         * @enum {string}
         */
        RestVcenterVmHardwareParallelBackingType: "FILE" | "HOST_DEVICE";
        RestVcenterVmHardwareParallelInfo: {
            /** @description Device label. */
            label: string;
            /** @description Physical resource backing for the virtual parallel port. */
            backing: components["schemas"]["RestVcenterVmHardwareParallelBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["RestVcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        RestVcenterVmHardwareSataAddressInfo: {
            /**
             * Format: int64
             * @description Bus number of the adapter to which the device is attached.
             */
            bus: number;
            /**
             * Format: int64
             * @description Unit number of the device.
             */
            unit: number;
        };
        RestVcenterVmHardwareScsiAddressInfo: {
            /**
             * Format: int64
             * @description Bus number of the adapter to which the device is attached.
             */
            bus: number;
            /**
             * Format: int64
             * @description Unit number of the device.
             */
            unit: number;
        };
        RestVcenterVmHardwareSerialBackingInfo: {
            /** @description Backing type for the virtual serial port. */
            type: components["schemas"]["RestVcenterVmHardwareSerialBackingType"];
            /** @description Path of the file backing the virtual serial port. */
            file?: string;
            /** @description Name of the device backing the virtual serial port. */
            host_device?: string;
            /** @description Flag indicating whether the virtual serial port is configured to automatically detect a suitable host device. */
            auto_detect?: boolean;
            /** @description Name of the pipe backing the virtual serial port. */
            pipe?: string;
            /** @description Flag that enables optimized data transfer over the pipe. When the value is true, the host buffers data to prevent data overrun.  This allows the virtual machine to read all of the data transferred over the pipe with no data loss. */
            no_rx_loss?: boolean;
            /**
             * Format: uri
             * @description URI specifying the location of the network service backing the virtual serial port. <ul> <li>If #type is BackingType#NETWORK_SERVER, this field is the location used by clients to connect to this server.  The hostname part of the URI should either be empty or should specify the address of the host on which the virtual machine is running.</li> <li>If #type is BackingType#NETWORK_CLIENT, this field is the location used by the virtual machine to connect to the remote server.</li> </ul>
             */
            network_location?: string;
            /**
             * Format: uri
             * @description Proxy service that provides network access to the network backing.  If set, the virtual machine initiates a connection with the proxy service and forwards the traffic to the proxy.
             */
            proxy?: string;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual serial port.
         * @enum {string}
         */
        RestVcenterVmHardwareSerialBackingType: "FILE" | "HOST_DEVICE" | "PIPE_SERVER" | "PIPE_CLIENT" | "NETWORK_SERVER" | "NETWORK_CLIENT";
        RestVcenterVmHardwareSerialInfo: {
            /** @description Device label. */
            label: string;
            /** @description CPU yield behavior. If set to true, the virtual machine will periodically relinquish the processor if its sole task is polling the virtual serial port. The amount of time it takes to regain the processor will depend on the degree of other virtual machine activity on the host. */
            yield_on_poll: boolean;
            /** @description Physical resource backing for the virtual serial port. */
            backing: components["schemas"]["RestVcenterVmHardwareSerialBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["RestVcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        /**
         * @description The UpgradePolicy enumerated type defines the valid virtual hardware upgrade policies for a virtual machine.
         * @enum {string}
         */
        RestVcenterVmHardwareUpgradePolicy: "NEVER" | "AFTER_CLEAN_SHUTDOWN" | "ALWAYS";
        /**
         * @description The UpgradeStatus enumerated type defines the valid virtual hardware upgrade statuses for a virtual machine.
         * @enum {string}
         */
        RestVcenterVmHardwareUpgradeStatus: "NONE" | "PENDING" | "SUCCESS" | "FAILED";
        /**
         * @description The Version enumerated type defines the valid virtual hardware versions for a virtual machine. See https://kb.vmware.com/s/article/1003746 (Virtual machine hardware versions (1003746)).
         * @enum {string}
         */
        RestVcenterVmHardwareVersion: "VMX_03" | "VMX_04" | "VMX_06" | "VMX_07" | "VMX_08" | "VMX_09" | "VMX_10" | "VMX_11" | "VMX_12" | "VMX_13" | "VMX_14" | "VMX_15" | "VMX_16" | "VMX_17" | "VMX_18" | "VMX_19";
        RestVcenterVmIdentityInfo: {
            /** @description Virtual machine name. */
            name: string;
            /** @description 128-bit SMBIOS UUID of a virtual machine represented as a hexadecimal string in "12345678-abcd-1234-cdef-123456789abc" format. */
            bios_uuid: string;
            /** @description VirtualCenter-specific 128-bit UUID of a virtual machine, represented as a hexademical string. This identifier is used by VirtualCenter to uniquely identify all virtual machine instances, including those that may share the same SMBIOS UUID. */
            instance_uuid: string;
        };
        /** @enum {string} */
        RestVcenterVmPowerState: "POWERED_OFF" | "POWERED_ON" | "SUSPENDED";
        VapiStdErrorsAlreadyExists: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsError: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        /**
         * @description Enumeration of all standard errors. Used as discriminator in protocols that have no standard means for transporting the error type, e.g. REST.
         * @enum {string}
         */
        VapiStdErrorsErrorType: "ERROR" | "ALREADY_EXISTS" | "ALREADY_IN_DESIRED_STATE" | "CANCELED" | "CONCURRENT_CHANGE" | "FEATURE_IN_USE" | "INTERNAL_SERVER_ERROR" | "INVALID_ARGUMENT" | "INVALID_ELEMENT_CONFIGURATION" | "INVALID_ELEMENT_TYPE" | "INVALID_REQUEST" | "NOT_ALLOWED_IN_CURRENT_STATE" | "NOT_FOUND" | "OPERATION_NOT_FOUND" | "RESOURCE_BUSY" | "RESOURCE_IN_USE" | "RESOURCE_INACCESSIBLE" | "SERVICE_UNAVAILABLE" | "TIMED_OUT" | "UNABLE_TO_ALLOCATE_RESOURCE" | "UNAUTHENTICATED" | "UNAUTHORIZED" | "UNEXPECTED_INPUT" | "UNSUPPORTED" | "UNVERIFIED_PEER";
        VapiStdErrorsInvalidArgument: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsNotAllowedInCurrentState: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsNotFound: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsResourceBusy: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsResourceInaccessible: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsServiceUnavailable: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsUnableToAllocateResource: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsUnauthenticated: {
            /**
             * @description Indicates the authentication challenges applicable to the target API provider. It can be used by a client to discover the correct authentication scheme to use. The exact syntax of the value is defined by the specific provider, the protocol and authentication schemes used.
             *
             *      For example, a provider using REST may adhere to the WWW-Authenticate HTTP header specification, RFC7235, section 4.1. In this case an example challenge value may be: SIGN realm="27da1358-2ba4-11e9-b210-d663bd873d93",sts="http://vcenter/sso?vsphere.local", Basic realm="vCenter"
             */
            challenge?: string;
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsUnauthorized: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdErrorsUnsupported: {
            /**
             * @description Stack of one or more localizable messages for human error consumers.
             *
             *      The message at the top of the stack (first in the list) describes the error from the perspective of the operation the client invoked. Each subsequent message in the stack describes the "cause" of the prior message.
             */
            messages: components["schemas"]["VapiStdLocalizableMessage"][];
            /**
             * @description Data to facilitate clients responding to the operation reporting a standard error to indicating that it was unable to complete successfully.
             *
             *      Operations may provide data that clients can use when responding to errors.  Since the data that clients need may be specific to the context of the operation reporting the error, different operations that report the same error may provide different data in the error.  The documentation for each each operation will describe what, if any, data it provides for each error it reports. The ArgumentLocations, FileLocations, and TransientIndication structures are intended as possible values for this field.  vapi.std.DynamicID may also be useful as a value for this field (although that is not its primary purpose).  Some services may provide their own specific structures for use as the value of this field when reporting errors from their operations.
             */
            data?: Record<string, never>;
            /** @description Discriminator field to help API consumers identify the structure type. */
            error_type?: components["schemas"]["VapiStdErrorsErrorType"];
        };
        VapiStdLocalizableMessage: {
            /**
             * @description Unique identifier of the localizable string or message template.
             *
             *      This identifier is typically used to retrieve a locale-specific string or message template from a message catalog.
             */
            id: string;
            /** @description The value of this localizable string or message template in the en_US (English) locale.  If #id refers to a message template, the default message will contain the substituted arguments. This value can be used by clients that do not need to display strings and messages in the native language of the user.  It could also be used as a fallback if a client is unable to access the appropriate message catalog. */
            default_message: string;
            /** @description Positional arguments to be substituted into the message template. This list will be empty if the message uses named arguments or has no arguments. */
            args: string[];
            /** @description Named arguments to be substituted into the message template. */
            params?: {
                [key: string]: components["schemas"]["VapiStdLocalizationParam"];
            };
            /** @description Localized string value as per request requirements. */
            localized?: string;
        };
        VapiStdLocalizationParam: {
            /** @description String value associated with the parameter. */
            s?: string;
            /**
             * Format: date-time
             * @description Date and time value associated with the parameter. Use the #format field to specify date and time display style.
             */
            dt?: string;
            /**
             * Format: int64
             * @description long value associated with the parameter.
             */
            i?: number;
            /**
             * Format: double
             * @description The double value associated with the parameter. The number of displayed fractional digits is changed via #precision field.
             */
            d?: number;
            /** @description Nested localizable value associated with the parameter. This is useful construct to convert to human readable localized form enumerated type and boolean values. It can also be used for proper handling of pluralization and gender forms in localization. Recursive NestedLocalizableMessage instances can be used for localizing short lists of items. */
            l?: components["schemas"]["VapiStdNestedLocalizableMessage"];
            /** @description Format associated with the date and time value in #dt field. The enumeration value SHORT_DATETIME will be used as default. */
            format?: components["schemas"]["VapiStdLocalizationParamDateTimeFormat"];
            /**
             * Format: int64
             * @description Number of fractional digits to include in formatted double value.
             */
            precision?: number;
        };
        /**
         * @description The DateTimeFormat enumerated type lists possible date and time formatting options. It combines the Unicode CLDR format types - full, long, medium and short with 3 different presentations - date only, time only and combined date and time presentation.
         * @enum {string}
         */
        VapiStdLocalizationParamDateTimeFormat: "SHORT_DATE" | "MED_DATE" | "LONG_DATE" | "FULL_DATE" | "SHORT_TIME" | "MED_TIME" | "LONG_TIME" | "FULL_TIME" | "SHORT_DATE_TIME" | "MED_DATE_TIME" | "LONG_DATE_TIME" | "FULL_DATE_TIME";
        VapiStdNestedLocalizableMessage: {
            /**
             * @description Unique identifier of the localizable string or message template.
             *
             *      This identifier is typically used to retrieve a locale-specific string or message template from a message catalog.
             */
            id: string;
            /** @description Named Arguments to be substituted into the message template. */
            params?: {
                [key: string]: components["schemas"]["VapiStdLocalizationParam"];
            };
        };
        VcenterVMInfo: {
            /** @description Guest OS. */
            guest_OS: components["schemas"]["VcenterVmGuestOS"];
            /** @description Virtual machine name. */
            name: string;
            /** @description Identity of the virtual machine. */
            identity?: components["schemas"]["VcenterVmIdentityInfo"];
            /** @description Power state of the virtual machine. */
            power_state: components["schemas"]["VcenterVmPowerState"];
            /** @description Indicates whether the virtual machine is frozen for instant clone, or not. */
            instant_clone_frozen?: boolean;
            /** @description Virtual hardware version information. */
            hardware: components["schemas"]["VcenterVmHardwareInfo"];
            /** @description Boot configuration. */
            boot: components["schemas"]["VcenterVmHardwareBootInfo"];
            /** @description Boot device configuration.  If the list has no entries, a server-specific default boot sequence is used. */
            boot_devices: components["schemas"]["VcenterVmHardwareBootDeviceEntry"][];
            /** @description CPU configuration. */
            cpu: components["schemas"]["VcenterVmHardwareCpuInfo"];
            /** @description Memory configuration. */
            memory: components["schemas"]["VcenterVmHardwareMemoryInfo"];
            /** @description List of disks. */
            disks: {
                [key: string]: components["schemas"]["VcenterVmHardwareDiskInfo"];
            };
            /** @description List of Ethernet adapters. */
            nics: {
                [key: string]: components["schemas"]["VcenterVmHardwareEthernetInfo"];
            };
            /** @description List of CD-ROMs. */
            cdroms: {
                [key: string]: components["schemas"]["VcenterVmHardwareCdromInfo"];
            };
            /** @description List of floppy drives. */
            floppies: {
                [key: string]: components["schemas"]["VcenterVmHardwareFloppyInfo"];
            };
            /** @description List of parallel ports. */
            parallel_ports: {
                [key: string]: components["schemas"]["VcenterVmHardwareParallelInfo"];
            };
            /** @description List of serial ports. */
            serial_ports: {
                [key: string]: components["schemas"]["VcenterVmHardwareSerialInfo"];
            };
            /** @description List of SATA adapters. */
            sata_adapters: {
                [key: string]: components["schemas"]["VcenterVmHardwareAdapterSataInfo"];
            };
            /** @description List of SCSI adapters. */
            scsi_adapters: {
                [key: string]: components["schemas"]["VcenterVmHardwareAdapterScsiInfo"];
            };
        };
        VcenterVMSummary: {
            /** @description Identifier of the virtual machine. */
            vm: string;
            /** @description Name of the Virtual machine. */
            name: string;
            /** @description Power state of the virtual machine. */
            power_state: components["schemas"]["VcenterVmPowerState"];
            /**
             * Format: int64
             * @description Number of CPU cores.
             */
            cpu_count?: number;
            /**
             * Format: int64
             * @description Memory size in mebibytes.
             */
            memory_size_MiB?: number;
        };
        VcenterVmGuestCredentials: {
            /** @description If set, the operation will interact with the logged-in desktop session in the guest. This requires that the logged-on user matches the user specified by the Credentials. This is currently only supported for Type#USERNAME_PASSWORD. */
            interactive_session: boolean;
            /** @description The guest credentials type */
            type: components["schemas"]["VcenterVmGuestCredentialsType"];
            /** @description For Type#SAML_BEARER_TOKEN, this is the guest user to be associated with the credentials. For Type#USERNAME_PASSWORD this is the guest username. */
            user_name?: string;
            /**
             * Format: password
             * @description password
             */
            password?: string;
            /**
             * Format: password
             * @description SAML Bearer Token
             */
            saml_token?: string;
        };
        /**
         * @description Types of guest credentials
         * @enum {string}
         */
        VcenterVmGuestCredentialsType: "USERNAME_PASSWORD" | "SAML_BEARER_TOKEN";
        /** @description `data` of file and path errors. From the official 9.1 description. */
        VcenterVmGuestFilesystemFileErrorDetails: {
            /** @enum {string} */
            reason: "NOT_A_FILE" | "NOT_A_DIRECTORY" | "PATH_TOO_LONG" | "FILE_NOT_FOUND" | "FILE_TOO_LARGE" | "NO_DISK_SPACE" | "DIRECTORY_NOT_EMPTY";
            file_path: string;
        };
        VcenterVmGuestFilesystemFilesCreateTemporary: {
            /** @description The guest authentication data. */
            credentials: components["schemas"]["VcenterVmGuestCredentials"];
            /** @description The prefix to be given to the new temporary file. */
            prefix: string;
            /** @description The suffix to be given to the new temporary file. */
            suffix: string;
            /** @description The complete path to the directory in which to create the file. */
            parent_path?: string;
        };
        VcenterVmGuestFilesystemFilesDelete: {
            /** @description The guest authentication data. */
            credentials: components["schemas"]["VcenterVmGuestCredentials"];
        };
        VcenterVmGuestFilesystemFilesFileAttributesInfo: {
            /**
             * Format: date-time
             * @description The date and time the file was last modified.
             */
            last_modified: string;
            /**
             * Format: date-time
             * @description The date and time the file was last accessed.
             */
            last_accessed: string;
            /** @description The target for the file if it's a symbolic link. This is currently only set for Posix guest operating systems, but may be supported in the future on Windows guest operating systems that support symbolic links. */
            symlink_target?: string;
            /** @description The type of guest filesystem. */
            filesystem_family: components["schemas"]["VcenterVmGuestFilesystemFilesFilesystemFamily"];
            /** @description Windows-specific file information. */
            win_attributes?: components["schemas"]["VcenterVmGuestFilesystemFilesWindowsFileAttributesInfo"];
            /** @description Posix-specific file information. */
            posix_attributes?: components["schemas"]["VcenterVmGuestFilesystemFilesPosixFileAttributesInfo"];
        };
        /**
         * @description The FilesystemFamily enumerated type defines the types of guest operating fllesystem.
         * @enum {string}
         */
        VcenterVmGuestFilesystemFilesFilesystemFamily: "WINDOWS" | "POSIX";
        VcenterVmGuestFilesystemFilesGet: {
            /** @description The guest authentication data. */
            credentials: components["schemas"]["VcenterVmGuestCredentials"];
        };
        VcenterVmGuestFilesystemFilesInfo: {
            /** @description The type of file. */
            type: components["schemas"]["VcenterVmGuestFilesystemFilesType"];
            /**
             * Format: int64
             * @description The file size in bytes.
             */
            size: number;
            /** @description Attributes of a file. */
            attributes: components["schemas"]["VcenterVmGuestFilesystemFilesFileAttributesInfo"];
        };
        VcenterVmGuestFilesystemFilesPosixFileAttributesInfo: {
            /**
             * Format: int64
             * @description The owner ID.
             */
            owner: number;
            /**
             * Format: int64
             * @description The group ID.
             */
            group: number;
            /** @description The file permissions in chmod(2) format. This field is presented as octal. */
            permissions: string;
        };
        /**
         * @description The Type enumerated type defines the valid types of files.
         * @enum {string}
         */
        VcenterVmGuestFilesystemFilesType: "FILE" | "DIRECTORY" | "SYMLINK";
        VcenterVmGuestFilesystemFilesWindowsFileAttributesInfo: {
            /** @description The file is hidden. */
            hidden: boolean;
            /** @description The file is read-only. */
            read_only: boolean;
            /**
             * Format: date-time
             * @description The date and time the file was created.
             */
            created: string;
        };
        VcenterVmGuestFilesystemTransfersCreate: {
            /** @description The guest authentication credentials. */
            credentials: components["schemas"]["VcenterVmGuestCredentials"];
            /** @description A specification of the type of file transfer and any applicable attibutes. */
            spec: components["schemas"]["VcenterVmGuestFilesystemTransfersCreateSpec"];
        };
        VcenterVmGuestFilesystemTransfersCreateSpec: {
            /** @description The complete destination path in the guest to transfer the file to or from the client.  It cannot be a path to a directory or a symbolic link. */
            path: string;
            /** @description Details about the file to be transferred into the guest. */
            attributes?: components["schemas"]["VcenterVmGuestFilesystemTransfersFileCreationAttributes"];
        };
        VcenterVmGuestFilesystemTransfersFileCreationAttributes: {
            /**
             * Format: int64
             * @description The size in bytes of the file to be transferred into the guest.
             */
            size: number;
            /** @description Whether an existing file should be overwritten. */
            overwrite?: boolean;
            /**
             * Format: date-time
             * @description The date and time the file was last modified.
             */
            last_modified?: string;
            /**
             * Format: date-time
             * @description The date and time the file was last accessed.
             */
            last_accessed?: string;
            /** @description Windows-specific file creation information. */
            windows?: components["schemas"]["VcenterVmGuestFilesystemTransfersWindowsFileAttributesCreateSpec"];
            /** @description Posix-specific file creation information. */
            posix?: components["schemas"]["VcenterVmGuestFilesystemTransfersPosixFileAttributesCreateSpec"];
        };
        VcenterVmGuestFilesystemTransfersPosixFileAttributesCreateSpec: {
            /**
             * Format: int64
             * @description The owner ID. If this property is not specified when passing a PosixFileAttributesCreateSpec object to Transfers#create, the default value will be the owner Id of the user who invoked the file transfer operation.
             */
            owner_id?: number;
            /**
             * Format: int64
             * @description The group ID. If this property is not specified when passing a PosixFileAttributesCreateSpec object to Transfers#create, the default value will be the group Id of the user who invoked the file transfer operation.
             */
            group_id?: number;
            /** @description The file permissions in chmod(2) format. If this property is not specified when passing a PosixFileAttributesCreateSpec object to Transfers#create, the file will be created with 0644 permissions. This field is interpreted as octal. */
            permissions?: string;
        };
        VcenterVmGuestFilesystemTransfersWindowsFileAttributesCreateSpec: {
            /** @description The file is hidden. */
            hidden?: boolean;
            /** @description The file is read-only. */
            read_only?: boolean;
        };
        /**
         * @description The GuestOS enumerated type defines the valid guest operating system types used for configuring a virtual machine.
         * @enum {string}
         */
        VcenterVmGuestOS: "DOS" | "WIN_31" | "WIN_95" | "WIN_98" | "WIN_ME" | "WIN_NT" | "WIN_2000_PRO" | "WIN_2000_SERV" | "WIN_2000_ADV_SERV" | "WIN_XP_HOME" | "WIN_XP_PRO" | "WIN_XP_PRO_64" | "WIN_NET_WEB" | "WIN_NET_STANDARD" | "WIN_NET_ENTERPRISE" | "WIN_NET_DATACENTER" | "WIN_NET_BUSINESS" | "WIN_NET_STANDARD_64" | "WIN_NET_ENTERPRISE_64" | "WIN_LONGHORN" | "WIN_LONGHORN_64" | "WIN_NET_DATACENTER_64" | "WIN_VISTA" | "WIN_VISTA_64" | "WINDOWS_7" | "WINDOWS_7_64" | "WINDOWS_7_SERVER_64" | "WINDOWS_8" | "WINDOWS_8_64" | "WINDOWS_8_SERVER_64" | "WINDOWS_9" | "WINDOWS_9_64" | "WINDOWS_9_SERVER_64" | "WINDOWS_HYPERV" | "WINDOWS_SERVER_2019" | "WINDOWS_SERVER_2021" | "FREEBSD" | "FREEBSD_64" | "FREEBSD_11" | "FREEBSD_12" | "FREEBSD_13" | "FREEBSD_11_64" | "FREEBSD_12_64" | "FREEBSD_13_64" | "REDHAT" | "RHEL_2" | "RHEL_3" | "RHEL_3_64" | "RHEL_4" | "RHEL_4_64" | "RHEL_5" | "RHEL_5_64" | "RHEL_6" | "RHEL_6_64" | "RHEL_7" | "RHEL_7_64" | "RHEL_8_64" | "RHEL_9_64" | "CENTOS" | "CENTOS_64" | "CENTOS_6" | "CENTOS_6_64" | "CENTOS_7" | "CENTOS_7_64" | "CENTOS_8_64" | "CENTOS_9_64" | "ORACLE_LINUX" | "ORACLE_LINUX_64" | "ORACLE_LINUX_6" | "ORACLE_LINUX_6_64" | "ORACLE_LINUX_7" | "ORACLE_LINUX_7_64" | "ORACLE_LINUX_8_64" | "ORACLE_LINUX_9_64" | "SUSE" | "SUSE_64" | "SLES" | "SLES_64" | "SLES_10" | "SLES_10_64" | "SLES_11" | "SLES_11_64" | "SLES_12" | "SLES_12_64" | "SLES_15_64" | "SLES_16_64" | "NLD_9" | "OES" | "SJDS" | "MANDRAKE" | "MANDRIVA" | "MANDRIVA_64" | "TURBO_LINUX" | "TURBO_LINUX_64" | "UBUNTU" | "UBUNTU_64" | "DEBIAN_4" | "DEBIAN_4_64" | "DEBIAN_5" | "DEBIAN_5_64" | "DEBIAN_6" | "DEBIAN_6_64" | "DEBIAN_7" | "DEBIAN_7_64" | "DEBIAN_8" | "DEBIAN_8_64" | "DEBIAN_9" | "DEBIAN_9_64" | "DEBIAN_10" | "DEBIAN_10_64" | "DEBIAN_11" | "DEBIAN_11_64" | "ASIANUX_3" | "ASIANUX_3_64" | "ASIANUX_4" | "ASIANUX_4_64" | "ASIANUX_5_64" | "ASIANUX_7_64" | "ASIANUX_8_64" | "ASIANUX_9_64" | "OPENSUSE" | "OPENSUSE_64" | "FEDORA" | "FEDORA_64" | "COREOS_64" | "VMWARE_PHOTON_64" | "OTHER_24X_LINUX" | "OTHER_24X_LINUX_64" | "OTHER_26X_LINUX" | "OTHER_26X_LINUX_64" | "OTHER_3X_LINUX" | "OTHER_3X_LINUX_64" | "OTHER_4X_LINUX" | "OTHER_4X_LINUX_64" | "OTHER_5X_LINUX" | "OTHER_5X_LINUX_64" | "OTHER_LINUX" | "GENERIC_LINUX" | "OTHER_LINUX_64" | "SOLARIS_6" | "SOLARIS_7" | "SOLARIS_8" | "SOLARIS_9" | "SOLARIS_10" | "SOLARIS_10_64" | "SOLARIS_11_64" | "OS2" | "ECOMSTATION" | "ECOMSTATION_2" | "NETWARE_4" | "NETWARE_5" | "NETWARE_6" | "OPENSERVER_5" | "OPENSERVER_6" | "UNIXWARE_7" | "DARWIN" | "DARWIN_64" | "DARWIN_10" | "DARWIN_10_64" | "DARWIN_11" | "DARWIN_11_64" | "DARWIN_12_64" | "DARWIN_13_64" | "DARWIN_14_64" | "DARWIN_15_64" | "DARWIN_16_64" | "DARWIN_17_64" | "DARWIN_18_64" | "DARWIN_19_64" | "DARWIN_20_64" | "DARWIN_21_64" | "VMKERNEL" | "VMKERNEL_5" | "VMKERNEL_6" | "VMKERNEL_65" | "VMKERNEL_7" | "AMAZONLINUX2_64" | "AMAZONLINUX3_64" | "CRXPOD_1" | "OTHER" | "OTHER_64";
        VcenterVmGuestOperationsInfo: {
            /** @description Guest operations availability. Whether or not the virtual machine is ready to process guest operations. */
            guest_operations_ready: boolean;
            /** @description Interactive guest operations availability. Whether or not the virtual machine is ready to process interactive guest operations. */
            interactive_guest_operations_ready: boolean;
        };
        VcenterVmGuestProcessesCreate: {
            /** @description The guest authentication data.  See Credentials.  The program will be run as the user associated with this data. */
            credentials: components["schemas"]["VcenterVmGuestCredentials"];
            /** @description The arguments describing the program to be started. */
            spec: components["schemas"]["VcenterVmGuestProcessesCreateSpec"];
        };
        VcenterVmGuestProcessesCreateSpec: {
            /**
             * @description The absolute path to the program to start.
             *
             *      For Linux guest operating systems, /bin/bash is used to start the program.
             *
             *      For Solaris guest operating systems, if /bin/bash exists, its used to start the program, otherwise /bin/sh is used. If /bin/sh is used, then the process ID returned by Processes#create will be that of the shell used to start the program, rather than the program itself, due to the differences in how /bin/sh and /bin/bash work.  This PID will still be usable for watching the process with Processes#list to find its exit code and elapsed time.
             *
             *      For Windows, no shell is used. Using a simple batch file instead by prepending <code>c:\windows\system32\cmd.exe /c</code> will allow stdio redirection to work if passed in the #arguments parameter.
             */
            path: string;
            /**
             * @description The arguments to the program.
             *
             *      Characters which must be escaped to the shell should also be escaped in #arguments.
             *
             *      In Linux and Solaris guest operating systems, stdio redirection arguments may be used.
             *
             *      For Windows, stdio redirection can be added to the argments if #path is prefixed with <code>c:\windows\system32\cmd.exe /c</code>.
             */
            arguments?: string;
            /** @description The absolute path of the working directory for the program to be run.  VMware recommends explicitly setting the working directory for the program to be run. */
            working_directory?: string;
            /** @description A map of environment variables, specified using the guest OS rules (for example <code>PATH, c:\bin;c:\windows\system32</code> or <code>LD_LIBRARY_PATH,/usr/lib:/lib</code>), to be set for the program being run.  Note that these are not additions to the default environment variables; they define the complete set available to the program. */
            environment_variables?: {
                [key: string]: string;
            };
            /** @description Makes any program window start minimized in Windows operating systems. Returns an error if set for non-Windows guests. */
            start_minimized?: boolean;
        };
        VcenterVmGuestProcessesDelete: {
            /** @description The guest authentication data.  See Credentials. */
            credentials: components["schemas"]["VcenterVmGuestCredentials"];
        };
        VcenterVmGuestProcessesGet: {
            /** @description The guest authentication data.  See Credentials. */
            credentials: components["schemas"]["VcenterVmGuestCredentials"];
        };
        VcenterVmGuestProcessesInfo: {
            /** @description The process name. */
            name: string;
            /** @description The process owner. */
            owner: string;
            /** @description The full command line of the process. */
            command: string;
            /**
             * Format: date-time
             * @description The start time of the process.
             */
            started: string;
            /**
             * Format: date-time
             * @description If the process was started using Processes#create then the process completion time will be available if queried within 5 minutes after it completes.
             */
            finished?: string;
            /**
             * Format: int64
             * @description If the process was started using Processes#create then the process exit code will be available if queried within 5 minutes after it completes.
             */
            exit_code?: number;
        };
        VcenterVmGuestProcessesList: {
            /** @description The guest authentication data.  See Credentials. */
            credentials: components["schemas"]["VcenterVmGuestCredentials"];
        };
        /** @description `data` of a NOT_FOUND for an unknown or aged-out pid (7.0.2+). From the official 9.1 description. */
        VcenterVmGuestProcessesProcessErrorDetails: {
            /**
             * Format: int64
             * @description The process id that was not found.
             */
            pid: number;
        };
        VcenterVmGuestProcessesSummary: {
            /** @description The process name. */
            name: string;
            /**
             * Format: int64
             * @description The process ID.
             */
            pid: number;
            /** @description The process owner. */
            owner: string;
            /** @description The full command line of the process. */
            command: string;
            /**
             * Format: date-time
             * @description The start time of the process.
             */
            started: string;
        };
        VcenterVmHardwareAdapterSataInfo: {
            /** @description Device label. */
            label: string;
            /** @description Adapter type. */
            type: components["schemas"]["VcenterVmHardwareAdapterSataType"];
            /**
             * Format: int64
             * @description SATA bus number.
             */
            bus: number;
            /**
             * Format: int64
             * @description Address of the SATA adapter on the PCI bus.
             */
            pci_slot_number?: number;
        };
        /**
         * @description The Type enumerated type defines the valid emulation types for a virtual SATA adapter.
         * @enum {string}
         */
        VcenterVmHardwareAdapterSataType: "AHCI";
        VcenterVmHardwareAdapterScsiInfo: {
            /** @description Device label. */
            label: string;
            /** @description Adapter type. */
            type: components["schemas"]["VcenterVmHardwareAdapterScsiType"];
            /** @description Address of the SCSI adapter on the SCSI bus. */
            scsi: components["schemas"]["VcenterVmHardwareScsiAddressInfo"];
            /**
             * Format: int64
             * @description Address of the SCSI adapter on the PCI bus.  If the PCI address is invalid, the server will change it when the VM is started or as the device is hot added.
             */
            pci_slot_number?: number;
            /** @description Bus sharing mode. */
            sharing: components["schemas"]["VcenterVmHardwareAdapterScsiSharing"];
        };
        /**
         * @description The Sharing enumerated type defines the valid bus sharing modes for a virtual SCSI adapter.
         * @enum {string}
         */
        VcenterVmHardwareAdapterScsiSharing: "NONE" | "VIRTUAL" | "PHYSICAL";
        /**
         * @description The Type enumerated type defines the valid emulation types for a virtual SCSI adapter.
         * @enum {string}
         */
        VcenterVmHardwareAdapterScsiType: "BUSLOGIC" | "LSILOGIC" | "LSILOGICSAS" | "PVSCSI";
        VcenterVmHardwareBootDeviceEntry: {
            /** @description Virtual device type. */
            type: components["schemas"]["VcenterVmHardwareBootDeviceType"];
            /** @description Virtual Ethernet device. Ethernet device to use as boot device for this entry. */
            nic?: string;
            /** @description Virtual disk device. List of virtual disks in boot order. */
            disks?: string[];
        };
        /**
         * @description The Type enumerated type defines the valid device types that may be used as bootable devices.
         * @enum {string}
         */
        VcenterVmHardwareBootDeviceType: "CDROM" | "DISK" | "ETHERNET" | "FLOPPY";
        VcenterVmHardwareBootInfo: {
            /** @description Firmware type used by the virtual machine. */
            type: components["schemas"]["VcenterVmHardwareBootType"];
            /** @description Flag indicating whether to use EFI legacy boot mode. */
            efi_legacy_boot?: boolean;
            /** @description Protocol to use when attempting to boot the virtual machine over the network. */
            network_protocol?: components["schemas"]["VcenterVmHardwareBootNetworkProtocol"];
            /**
             * Format: int64
             * @description Delay in milliseconds before beginning the firmware boot process when the virtual machine is powered on.  This delay may be used to provide a time window for users to connect to the virtual machine console and enter BIOS setup mode.
             */
            delay: number;
            /** @description Flag indicating whether the virtual machine will automatically retry the boot process after a failure. */
            retry: boolean;
            /**
             * Format: int64
             * @description Delay in milliseconds before retrying the boot process after a failure; applicable only when #retry is true.
             */
            retry_delay: number;
            /** @description Flag indicating whether the firmware boot process will automatically enter setup mode the next time the virtual machine boots.  Note that this flag will automatically be reset to false once the virtual machine enters setup mode. */
            enter_setup_mode: boolean;
        };
        /**
         * @description The NetworkProtocol enumerated type defines the valid network boot protocols supported when booting a virtual machine with Type#EFI firmware over the network.
         * @enum {string}
         */
        VcenterVmHardwareBootNetworkProtocol: "IPV4" | "IPV6";
        /**
         * @description The Type enumerated type defines the valid firmware types for a virtual machine.
         * @enum {string}
         */
        VcenterVmHardwareBootType: "BIOS" | "EFI";
        VcenterVmHardwareCdromBackingInfo: {
            /** @description Backing type for the virtual CD-ROM device. */
            type: components["schemas"]["VcenterVmHardwareCdromBackingType"];
            /** @description Path of the image file backing the virtual CD-ROM device. */
            iso_file?: string;
            /** @description Name of the host device backing the virtual CD-ROM device. */
            host_device?: string;
            /** @description Flag indicating whether the virtual CD-ROM device is configured to automatically detect a suitable host device. */
            auto_detect?: boolean;
            /** @description Access type for the device backing. */
            device_access_type?: components["schemas"]["VcenterVmHardwareCdromDeviceAccessType"];
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual CD-ROM device.
         * @enum {string}
         */
        VcenterVmHardwareCdromBackingType: "ISO_FILE" | "HOST_DEVICE" | "CLIENT_DEVICE";
        /**
         * @description The DeviceAccessType enumerated type defines the valid device access types for a physical device packing of a virtual CD-ROM device.
         * @enum {string}
         */
        VcenterVmHardwareCdromDeviceAccessType: "EMULATION" | "PASSTHRU" | "PASSTHRU_EXCLUSIVE";
        /**
         * @description The HostBusAdapterType enumerated type defines the valid types of host bus adapters that may be used for attaching a Cdrom to a virtual machine.
         * @enum {string}
         */
        VcenterVmHardwareCdromHostBusAdapterType: "IDE" | "SATA";
        VcenterVmHardwareCdromInfo: {
            /** @description Type of host bus adapter to which the device is attached. */
            type: components["schemas"]["VcenterVmHardwareCdromHostBusAdapterType"];
            /** @description Device label. */
            label: string;
            /** @description Address of device attached to a virtual IDE adapter. */
            ide?: components["schemas"]["VcenterVmHardwareIdeAddressInfo"];
            /** @description Address of device attached to a virtual SATA adapter. */
            sata?: components["schemas"]["VcenterVmHardwareSataAddressInfo"];
            /** @description Physical resource backing for the virtual CD-ROM device. */
            backing: components["schemas"]["VcenterVmHardwareCdromBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["VcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        /**
         * @description The ConnectionState enumerated type defines the valid states for a removable device that is configured to be connected.
         * @enum {string}
         */
        VcenterVmHardwareConnectionState: "CONNECTED" | "RECOVERABLE_ERROR" | "UNRECOVERABLE_ERROR" | "NOT_CONNECTED" | "UNKNOWN";
        VcenterVmHardwareCpuInfo: {
            /**
             * Format: int64
             * @description Number of CPU cores.
             */
            count: number;
            /**
             * Format: int64
             * @description Number of CPU cores per socket.
             */
            cores_per_socket: number;
            /** @description Flag indicating whether adding CPUs while the virtual machine is running is enabled. */
            hot_add_enabled: boolean;
            /** @description Flag indicating whether removing CPUs while the virtual machine is running is enabled. */
            hot_remove_enabled: boolean;
        };
        VcenterVmHardwareDiskBackingInfo: {
            /** @description Backing type for the virtual disk. */
            type: components["schemas"]["VcenterVmHardwareDiskBackingType"];
            /** @description Path of the VMDK file backing the virtual disk. */
            vmdk_file?: string;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual disk.
         * @enum {string}
         */
        VcenterVmHardwareDiskBackingType: "VMDK_FILE";
        /**
         * @description The HostBusAdapterType enumerated type defines the valid types of host bus adapters that may be used for attaching a virtual storage device to a virtual machine.
         * @enum {string}
         */
        VcenterVmHardwareDiskHostBusAdapterType: "IDE" | "SCSI" | "SATA";
        VcenterVmHardwareDiskInfo: {
            /** @description Device label. */
            label: string;
            /** @description Type of host bus adapter to which the device is attached. */
            type: components["schemas"]["VcenterVmHardwareDiskHostBusAdapterType"];
            /** @description Address of device attached to a virtual IDE adapter. */
            ide?: components["schemas"]["VcenterVmHardwareIdeAddressInfo"];
            /** @description Address of device attached to a virtual SCSI adapter. */
            scsi?: components["schemas"]["VcenterVmHardwareScsiAddressInfo"];
            /** @description Address of device attached to a virtual SATA adapter. */
            sata?: components["schemas"]["VcenterVmHardwareSataAddressInfo"];
            /** @description Physical resource backing for the virtual disk. */
            backing: components["schemas"]["VcenterVmHardwareDiskBackingInfo"];
            /**
             * Format: int64
             * @description Capacity of the virtual disk in bytes.
             */
            capacity?: number;
        };
        VcenterVmHardwareEthernetBackingInfo: {
            /** @description Backing type for the virtual Ethernet adapter. */
            type: components["schemas"]["VcenterVmHardwareEthernetBackingType"];
            /** @description Identifier of the network backing the virtual Ethernet adapter. */
            network?: string;
            /** @description Name of the standard portgroup backing the virtual Ethernet adapter. */
            network_name?: string;
            /** @description Name of the device backing the virtual Ethernet adapter. */
            host_device?: string;
            /** @description UUID of the distributed virtual switch that backs the virtual Ethernet adapter. */
            distributed_switch_uuid?: string;
            /** @description Key of the distributed virtual port that backs the virtual Ethernet adapter. */
            distributed_port?: string;
            /**
             * Format: int64
             * @description Server-generated cookie that identifies the connection to the port.  This ookie may be used to verify that the virtual machine is the rightful owner of the port.
             */
            connection_cookie?: number;
            /** @description Type of the opaque network that backs the virtual Ethernet adapter. */
            opaque_network_type?: string;
            /** @description Identifier of the opaque network that backs the virtual Ethernet adapter. */
            opaque_network_id?: string;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual Ethernet adapter.
         * @enum {string}
         */
        VcenterVmHardwareEthernetBackingType: "STANDARD_PORTGROUP" | "HOST_DEVICE" | "DISTRIBUTED_PORTGROUP" | "OPAQUE_NETWORK";
        /**
         * @description The EmulationType enumerated type defines the valid emulation types for a virtual Ethernet adapter.
         * @enum {string}
         */
        VcenterVmHardwareEthernetEmulationType: "E1000" | "E1000E" | "PCNET32" | "VMXNET" | "VMXNET2" | "VMXNET3";
        VcenterVmHardwareEthernetInfo: {
            /** @description Device label. */
            label: string;
            /** @description Ethernet adapter emulation type. */
            type: components["schemas"]["VcenterVmHardwareEthernetEmulationType"];
            /** @description Flag indicating whether Universal Pass-Through (UPT) compatibility is enabled on this virtual Ethernet adapter. */
            upt_compatibility_enabled?: boolean;
            /** @description MAC address type. */
            mac_type: components["schemas"]["VcenterVmHardwareEthernetMacAddressType"];
            /** @description MAC address. */
            mac_address?: string;
            /**
             * Format: int64
             * @description Address of the virtual Ethernet adapter on the PCI bus.  If the PCI address is invalid, the server will change it when the VM is started or as the device is hot added.
             */
            pci_slot_number?: number;
            /** @description Flag indicating whether wake-on-LAN is enabled on this virtual Ethernet adapter. */
            wake_on_lan_enabled: boolean;
            /** @description Physical resource backing for the virtual Ethernet adapter. */
            backing: components["schemas"]["VcenterVmHardwareEthernetBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["VcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        /**
         * @description The MacAddressType enumerated type defines the valid MAC address origins for a virtual Ethernet adapter.
         * @enum {string}
         */
        VcenterVmHardwareEthernetMacAddressType: "MANUAL" | "GENERATED" | "ASSIGNED";
        VcenterVmHardwareFloppyBackingInfo: {
            /** @description Backing type for the virtual floppy drive. */
            type: components["schemas"]["VcenterVmHardwareFloppyBackingType"];
            /** @description Path of the image file backing the virtual floppy drive. */
            image_file?: string;
            /** @description Name of the host device backing the virtual floppy drive. */
            host_device?: string;
            /** @description Flag indicating whether the virtual floppy drive is configured to automatically detect a suitable host device. */
            auto_detect?: boolean;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual floppy drive.
         * @enum {string}
         */
        VcenterVmHardwareFloppyBackingType: "IMAGE_FILE" | "HOST_DEVICE" | "CLIENT_DEVICE";
        VcenterVmHardwareFloppyInfo: {
            /** @description Device label. */
            label: string;
            /** @description Physical resource backing for the virtual floppy drive. */
            backing: components["schemas"]["VcenterVmHardwareFloppyBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["VcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        VcenterVmHardwareIdeAddressInfo: {
            /** @description Flag specifying whether the device is attached to the primary or secondary IDE adapter of the virtual machine. */
            primary: boolean;
            /** @description Flag specifying whether the device is the master or slave device on the IDE adapter. */
            master: boolean;
        };
        VcenterVmHardwareInfo: {
            /** @description Virtual hardware version. */
            version: components["schemas"]["VcenterVmHardwareVersion"];
            /** @description Scheduled upgrade policy. */
            upgrade_policy: components["schemas"]["VcenterVmHardwareUpgradePolicy"];
            /** @description Target hardware version to be used on the next scheduled virtual hardware upgrade. */
            upgrade_version?: components["schemas"]["VcenterVmHardwareVersion"];
            /** @description Scheduled upgrade status. */
            upgrade_status: components["schemas"]["VcenterVmHardwareUpgradeStatus"];
            /** @description Reason for the scheduled upgrade failure. */
            upgrade_error?: string;
        };
        VcenterVmHardwareMemoryInfo: {
            /**
             * Format: int64
             * @description Memory size in mebibytes.
             */
            size_MiB: number;
            /**
             * @description Flag indicating whether adding memory while the virtual machine is running is enabled.
             *
             *      Some guest operating systems may consume more resources or perform less efficiently when they run on hardware that supports adding memory while the machine is running.
             */
            hot_add_enabled: boolean;
            /**
             * Format: int64
             * @description The granularity, in mebibytes, at which memory can be added to a running virtual machine.
             *
             *      When adding memory to a running virtual machine, the amount of memory added must be at least #hotAddIncrementSizeMiB and the total memory size of the virtual machine must be a multiple of {@link>hotAddIncrementSize}.
             */
            hot_add_increment_size_MiB?: number;
            /**
             * Format: int64
             * @description The maximum amount of memory, in mebibytes, that can be added to a running virtual machine.
             */
            hot_add_limit_MiB?: number;
        };
        VcenterVmHardwareParallelBackingInfo: {
            /** @description Backing type for the virtual parallel port. */
            type: components["schemas"]["VcenterVmHardwareParallelBackingType"];
            /** @description Path of the file backing the virtual parallel port. */
            file?: string;
            /** @description Name of the device backing the virtual parallel port. */
            host_device?: string;
            /** @description Flag indicating whether the virtual parallel port is configured to automatically detect a suitable host device. */
            auto_detect?: boolean;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual parallel port.
         * @enum {string}
         */
        VcenterVmHardwareParallelBackingType: "FILE" | "HOST_DEVICE";
        VcenterVmHardwareParallelInfo: {
            /** @description Device label. */
            label: string;
            /** @description Physical resource backing for the virtual parallel port. */
            backing: components["schemas"]["VcenterVmHardwareParallelBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["VcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        VcenterVmHardwareSataAddressInfo: {
            /**
             * Format: int64
             * @description Bus number of the adapter to which the device is attached.
             */
            bus: number;
            /**
             * Format: int64
             * @description Unit number of the device.
             */
            unit: number;
        };
        VcenterVmHardwareScsiAddressInfo: {
            /**
             * Format: int64
             * @description Bus number of the adapter to which the device is attached.
             */
            bus: number;
            /**
             * Format: int64
             * @description Unit number of the device.
             */
            unit: number;
        };
        VcenterVmHardwareSerialBackingInfo: {
            /** @description Backing type for the virtual serial port. */
            type: components["schemas"]["VcenterVmHardwareSerialBackingType"];
            /** @description Path of the file backing the virtual serial port. */
            file?: string;
            /** @description Name of the device backing the virtual serial port. */
            host_device?: string;
            /** @description Flag indicating whether the virtual serial port is configured to automatically detect a suitable host device. */
            auto_detect?: boolean;
            /** @description Name of the pipe backing the virtual serial port. */
            pipe?: string;
            /** @description Flag that enables optimized data transfer over the pipe. When the value is true, the host buffers data to prevent data overrun.  This allows the virtual machine to read all of the data transferred over the pipe with no data loss. */
            no_rx_loss?: boolean;
            /**
             * Format: uri
             * @description URI specifying the location of the network service backing the virtual serial port. <ul> <li>If #type is BackingType#NETWORK_SERVER, this field is the location used by clients to connect to this server.  The hostname part of the URI should either be empty or should specify the address of the host on which the virtual machine is running.</li> <li>If #type is BackingType#NETWORK_CLIENT, this field is the location used by the virtual machine to connect to the remote server.</li> </ul>
             */
            network_location?: string;
            /**
             * Format: uri
             * @description Proxy service that provides network access to the network backing.  If set, the virtual machine initiates a connection with the proxy service and forwards the traffic to the proxy.
             */
            proxy?: string;
        };
        /**
         * @description The BackingType enumerated type defines the valid backing types for a virtual serial port.
         * @enum {string}
         */
        VcenterVmHardwareSerialBackingType: "FILE" | "HOST_DEVICE" | "PIPE_SERVER" | "PIPE_CLIENT" | "NETWORK_SERVER" | "NETWORK_CLIENT";
        VcenterVmHardwareSerialInfo: {
            /** @description Device label. */
            label: string;
            /** @description CPU yield behavior. If set to true, the virtual machine will periodically relinquish the processor if its sole task is polling the virtual serial port. The amount of time it takes to regain the processor will depend on the degree of other virtual machine activity on the host. */
            yield_on_poll: boolean;
            /** @description Physical resource backing for the virtual serial port. */
            backing: components["schemas"]["VcenterVmHardwareSerialBackingInfo"];
            /** @description Connection status of the virtual device. */
            state: components["schemas"]["VcenterVmHardwareConnectionState"];
            /** @description Flag indicating whether the virtual device should be connected whenever the virtual machine is powered on. */
            start_connected: boolean;
            /** @description Flag indicating whether the guest can connect and disconnect the device. */
            allow_guest_control: boolean;
        };
        /**
         * @description The UpgradePolicy enumerated type defines the valid virtual hardware upgrade policies for a virtual machine.
         * @enum {string}
         */
        VcenterVmHardwareUpgradePolicy: "NEVER" | "AFTER_CLEAN_SHUTDOWN" | "ALWAYS";
        /**
         * @description The UpgradeStatus enumerated type defines the valid virtual hardware upgrade statuses for a virtual machine.
         * @enum {string}
         */
        VcenterVmHardwareUpgradeStatus: "NONE" | "PENDING" | "SUCCESS" | "FAILED";
        /**
         * @description The Version enumerated type defines the valid virtual hardware versions for a virtual machine. See https://kb.vmware.com/s/article/1003746 (Virtual machine hardware versions (1003746)).
         * @enum {string}
         */
        VcenterVmHardwareVersion: "VMX_03" | "VMX_04" | "VMX_06" | "VMX_07" | "VMX_08" | "VMX_09" | "VMX_10" | "VMX_11" | "VMX_12" | "VMX_13" | "VMX_14" | "VMX_15" | "VMX_16" | "VMX_17" | "VMX_18" | "VMX_19";
        VcenterVmIdentityInfo: {
            /** @description Virtual machine name. */
            name: string;
            /** @description 128-bit SMBIOS UUID of a virtual machine represented as a hexadecimal string in "12345678-abcd-1234-cdef-123456789abc" format. */
            bios_uuid: string;
            /** @description VirtualCenter-specific 128-bit UUID of a virtual machine, represented as a hexademical string. This identifier is used by VirtualCenter to uniquely identify all virtual machine instances, including those that may share the same SMBIOS UUID. */
            instance_uuid: string;
        };
        /** @enum {string} */
        VcenterVmPowerState: "POWERED_OFF" | "POWERED_ON" | "SUSPENDED";
        VcenterVmToolsInfo: {
            /** @description Set if the virtual machine supports auto-upgrading Tools via UpgradePolicy. */
            auto_update_supported: boolean;
            /**
             * Format: int64
             * @description Number of attempts that have been made to install or upgrade the version of Tools installed on this virtual machine.
             */
            install_attempt_count?: number;
            /** @description Error that happened, if any, during last attempt to upgrade or install Tools. */
            error?: string;
            /**
             * Format: int64
             * @description Version of VMware Tools installed on the guest operating system.
             */
            version_number?: number;
            /** @description Version of VMware Tools installed on the guest operating system. This is a human-readable value that should not be parsed. */
            version?: string;
            /** @description Tools upgrade policy setting for the virtual machine. UpgradePolicy */
            upgrade_policy: components["schemas"]["VcenterVmToolsUpgradePolicy"];
            /** @description Current version status of VMware Tools in the guest operating system, if known. */
            version_status?: components["schemas"]["VcenterVmToolsVersionStatus"];
            /** @description Current installation type of VMware Tools in the guest operating system. */
            install_type?: components["schemas"]["VcenterVmToolsToolsInstallType"];
            /** @description Current run state of VMware Tools in the guest operating system. */
            run_state: components["schemas"]["VcenterVmToolsRunState"];
        };
        /**
         * @description Current run state of VMware Tools in the guest operating system.
         * @enum {string}
         */
        VcenterVmToolsRunState: "NOT_RUNNING" | "RUNNING" | "EXECUTING_SCRIPTS";
        /**
         * @description The ToolsInstallType enumerated type defines the installation type of the Tools in the guest operating system.
         * @enum {string}
         */
        VcenterVmToolsToolsInstallType: "UNKNOWN" | "MSI" | "TAR" | "OSP" | "OPEN_VM_TOOLS";
        /**
         * @description The UpgradePolicy enumerated type defines when Tools are auto-upgraded for a virtual machine.
         * @enum {string}
         */
        VcenterVmToolsUpgradePolicy: "MANUAL" | "UPGRADE_AT_POWER_CYCLE";
        /**
         * @description The VersionStatus enumerated type defines the version status types of VMware Tools installed in the guest operating system.
         * @enum {string}
         */
        VcenterVmToolsVersionStatus: "NOT_INSTALLED" | "CURRENT" | "UNMANAGED" | "TOO_OLD_UNSUPPORTED" | "SUPPORTED_OLD" | "SUPPORTED_NEW" | "TOO_NEW" | "BLACKLISTED";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CisSessionInfo"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the session service is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session token (a secret). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description UNAUTHENTICATED: the user name or password was rejected */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the session service is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session was terminated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the session service is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    createSessionRest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Custom header to prevent CSRF attacks in browsers; when sent, no session cookie is set. */
                "vmware-use-header-authn"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session token, wrapped in `value`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestCisSessionCreateResp"];
                };
            };
            /** @description UNAUTHENTICATED: the user name or password was rejected */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthenticatedError"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the session service is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsServiceUnavailableError"];
                };
            };
        };
    };
    deleteSessionRest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session was terminated (empty body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthenticatedError"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the session service is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsServiceUnavailableError"];
                };
            };
        };
    };
    getSessionRest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session information, wrapped in `value`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestCisSessionResp"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthenticatedError"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the session service is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsServiceUnavailableError"];
                };
            };
        };
    };
    listVms: {
        parameters: {
            query?: {
                /** @description Match VMs with one of these VM identifiers. */
                vms?: string[];
                /** @description Match VMs with one of these VM names. */
                names?: string[];
                /** @description Match VMs with one of these folder identifiers. */
                folders?: string[];
                /** @description Match VMs with one of these datacenter identifiers. */
                datacenters?: string[];
                /** @description Match VMs with one of these host identifiers. */
                hosts?: string[];
                /** @description Match VMs with one of these cluster identifiers. */
                clusters?: string[];
                /** @description Match VMs with one of these resource pool identifiers. */
                resource_pools?: string[];
                /** @description Match VMs in one of these power states. */
                power_states?: components["schemas"]["VcenterVmPowerState"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Summaries of the matching VMs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VcenterVMSummary"][];
                };
            };
            /** @description INVALID_ARGUMENT: the filter is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsInvalidArgument"];
                };
            };
            /** @description UNAUTHENTICATED: the user cannot be authenticated; UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description UNAUTHORIZED: the user lacks System.Read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthorized"];
                };
            };
            /** @description UNABLE_TO_ALLOCATE_RESOURCE: more than 4000 VMs match the filter */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnableToAllocateResource"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the system is unable to communicate with a service */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    listVmsRest: {
        parameters: {
            query?: {
                /** @description Match VMs with one of these VM identifiers. */
                "filter.vms"?: string[];
                /** @description Match VMs with one of these VM names. */
                "filter.names"?: string[];
                /** @description Match VMs with one of these folder identifiers. */
                "filter.folders"?: string[];
                /** @description Match VMs with one of these datacenter identifiers. */
                "filter.datacenters"?: string[];
                /** @description Match VMs with one of these host identifiers. */
                "filter.hosts"?: string[];
                /** @description Match VMs with one of these cluster identifiers. */
                "filter.clusters"?: string[];
                /** @description Match VMs with one of these resource pool identifiers. */
                "filter.resource_pools"?: string[];
                /** @description Match VMs in one of these power states. */
                "filter.power_states"?: components["schemas"]["RestVcenterVmPowerState"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Summaries of the matching VMs, wrapped in `value`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVcenterVMListResp"];
                };
            };
            /** @description UNABLE_TO_ALLOCATE_RESOURCE: more than 4000 VMs match the filter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnableToAllocateResourceError"];
                };
            };
            /** @description UNAUTHENTICATED: the user cannot be authenticated; UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthenticatedError"];
                };
            };
            /** @description UNAUTHORIZED: the user lacks System.Read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthorizedError"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the system is unable to communicate with a service */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsServiceUnavailableError"];
                };
            };
        };
    };
    getVm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description VM information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VcenterVMInfo"];
                };
            };
            /** @description UNAUTHENTICATED: the user cannot be authenticated; UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description UNAUTHORIZED: the user lacks System.Read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthorized"];
                };
            };
            /** @description NOT_FOUND: the VM is not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description RESOURCE_INACCESSIBLE: the VM configuration is not accessible */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsResourceInaccessible"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the system is unable to communicate with a service */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    getVmRest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description VM information, wrapped in `value`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVcenterVMResp"];
                };
            };
            /** @description RESOURCE_INACCESSIBLE: the VM configuration is not accessible */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsResourceInaccessibleError"];
                };
            };
            /** @description UNAUTHENTICATED: the user cannot be authenticated; UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthenticatedError"];
                };
            };
            /** @description UNAUTHORIZED: the user lacks System.Read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthorizedError"];
                };
            };
            /** @description NOT_FOUND: the VM is not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsNotFoundError"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the system is unable to communicate with a service */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsServiceUnavailableError"];
                };
            };
        };
    };
    getTools: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tools information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VcenterVmToolsInfo"];
                };
            };
            /** @description UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description NOT_FOUND: the VM is not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description ERROR: the system reports an error while responding to the request */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsError"];
                };
            };
        };
    };
    getGuestOperations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Readiness of guest operations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VcenterVmGuestOperationsInfo"];
                };
            };
            /** @description UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description NOT_FOUND: the VM is not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the state of VMware Tools is unknown */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    createProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VcenterVmGuestProcessesCreate"];
            };
        };
        responses: {
            /** @description The process id of the program started, as a bare JSON integer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number;
                };
            };
            /** @description INVALID_ARGUMENT: start_minimized set on non-Windows guest; program path not valid (data=FileErrorDetails); working directory not valid (data=FileErrorDetails); NOT_ALLOWED_IN_CURRENT_STATE: VM not running; UNSUPPORTED: not supported / disabled by VMware Tools in the guest */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsInvalidArgument"] | components["schemas"]["VapiStdErrorsNotAllowedInCurrentState"] | components["schemas"]["VapiStdErrorsUnsupported"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid (never replay: the same credentials fail again); UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description UNAUTHORIZED: spec.path cannot be accessed, or cannot be run because credentials will not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthorized"];
                };
            };
            /** @description NOT_FOUND: VM not found; program path does not exist (data=FileErrorDetails) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description RESOURCE_BUSY: VM busy; UNABLE_TO_ALLOCATE_RESOURCE: program fails to start */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsResourceBusy"] | components["schemas"]["VapiStdErrorsUnableToAllocateResource"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    listProcesses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VcenterVmGuestProcessesList"];
            };
        };
        responses: {
            /** @description The processes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VcenterVmGuestProcessesSummary"][];
                };
            };
            /** @description NOT_ALLOWED_IN_CURRENT_STATE: VM not running; UNSUPPORTED: not supported / disabled by VMware Tools */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotAllowedInCurrentState"] | components["schemas"]["VapiStdErrorsUnsupported"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid (never replay: the same credentials fail again); UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description NOT_FOUND: VM not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description RESOURCE_BUSY: VM busy */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsResourceBusy"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    getProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
                /** @description Process id in the guest. */
                pid: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VcenterVmGuestProcessesGet"];
            };
        };
        responses: {
            /** @description The process information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VcenterVmGuestProcessesInfo"];
                };
            };
            /** @description NOT_ALLOWED_IN_CURRENT_STATE: VM not running; UNSUPPORTED: not supported / disabled by VMware Tools */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotAllowedInCurrentState"] | components["schemas"]["VapiStdErrorsUnsupported"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid (never replay: the same credentials fail again); UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description NOT_FOUND: VM not found; process pid not found (data=ProcessErrorDetails {pid}) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description RESOURCE_BUSY: VM busy */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsResourceBusy"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    deleteProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
                /** @description Process id in the guest. */
                pid: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VcenterVmGuestProcessesDelete"];
            };
        };
        responses: {
            /** @description The process was signalled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description NOT_ALLOWED_IN_CURRENT_STATE: VM not running; UNSUPPORTED: not supported / disabled by VMware Tools */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotAllowedInCurrentState"] | components["schemas"]["VapiStdErrorsUnsupported"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid (never replay: the same credentials fail again); UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description UNAUTHORIZED: credentials do not have permission to terminate the process */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthorized"];
                };
            };
            /** @description NOT_FOUND: VM not found; pid not found (data=ProcessErrorDetails {pid}) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description RESOURCE_BUSY: VM busy */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsResourceBusy"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    createProcessRest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestVcenterVmGuestProcessesCreate"];
            };
        };
        responses: {
            /** @description The process id, wrapped in `value`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVcenterVmGuestProcessesCreateResp"];
                };
            };
            /** @description INVALID_ARGUMENT: start_minimized is set and the guest is not Windows; NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running; UNSUPPORTED: the operation is not supported by VMware Tools in the guest; RESOURCE_BUSY: the VM is busy; UNABLE_TO_ALLOCATE_RESOURCE: the program fails to start */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsInvalidArgumentError"] | components["schemas"]["RestVapiStdErrorsNotAllowedInCurrentStateError"] | components["schemas"]["RestVapiStdErrorsUnsupportedError"] | components["schemas"]["RestVapiStdErrorsResourceBusyError"] | components["schemas"]["RestVapiStdErrorsUnableToAllocateResourceError"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid; UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthenticatedError"];
                };
            };
            /** @description UNAUTHORIZED: spec.path cannot be accessed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthorizedError"];
                };
            };
            /** @description NOT_FOUND: the VM is not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsNotFoundError"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools is not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsServiceUnavailableError"];
                };
            };
        };
    };
    listProcessesRest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestVcenterVmGuestProcessesList"];
            };
        };
        responses: {
            /** @description The processes, wrapped in `value`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVcenterVmGuestProcessesListResp"];
                };
            };
            /** @description NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running; UNSUPPORTED: the operation is not supported by VMware Tools in the guest; RESOURCE_BUSY: the VM is busy */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsNotAllowedInCurrentStateError"] | components["schemas"]["RestVapiStdErrorsUnsupportedError"] | components["schemas"]["RestVapiStdErrorsResourceBusyError"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid; UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthenticatedError"];
                };
            };
            /** @description NOT_FOUND: the VM (or, for get, the pid) is not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsNotFoundError"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools is not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsServiceUnavailableError"];
                };
            };
        };
    };
    getProcessRest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
                /** @description Process id in the guest. */
                pid: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestVcenterVmGuestProcessesGet"];
            };
        };
        responses: {
            /** @description The process information, wrapped in `value`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVcenterVmGuestProcessesResp"];
                };
            };
            /** @description NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running; UNSUPPORTED: the operation is not supported by VMware Tools in the guest; RESOURCE_BUSY: the VM is busy */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsNotAllowedInCurrentStateError"] | components["schemas"]["RestVapiStdErrorsUnsupportedError"] | components["schemas"]["RestVapiStdErrorsResourceBusyError"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid; UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthenticatedError"];
                };
            };
            /** @description NOT_FOUND: the VM (or, for get, the pid) is not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsNotFoundError"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools is not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsServiceUnavailableError"];
                };
            };
        };
    };
    deleteProcessRest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
                /** @description Process id in the guest. */
                pid: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestVcenterVmGuestProcessesDelete"];
            };
        };
        responses: {
            /** @description The process was signalled (empty body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running; UNSUPPORTED: the operation is not supported by VMware Tools in the guest; RESOURCE_BUSY: the VM is busy */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsNotAllowedInCurrentStateError"] | components["schemas"]["RestVapiStdErrorsUnsupportedError"] | components["schemas"]["RestVapiStdErrorsResourceBusyError"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid; UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthenticatedError"];
                };
            };
            /** @description UNAUTHORIZED: the credentials do not allow terminating the process */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsUnauthorizedError"];
                };
            };
            /** @description NOT_FOUND: the VM (or, for get, the pid) is not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsNotFoundError"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools is not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestVapiStdErrorsServiceUnavailableError"];
                };
            };
        };
    };
    createTemporaryFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VcenterVmGuestFilesystemFilesCreateTemporary"];
            };
        };
        responses: {
            /** @description The absolute path of the temporary file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description UNSUPPORTED: the operation is not supported by VMware Tools in the guest; NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running; INVALID_ARGUMENT: the path is not a file or is too long (data=FileErrorDetails) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnsupported"] | components["schemas"]["VapiStdErrorsNotAllowedInCurrentState"] | components["schemas"]["VapiStdErrorsInvalidArgument"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid (never replay: the same credentials fail again); UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description UNAUTHORIZED: the path cannot be accessed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthorized"];
                };
            };
            /** @description NOT_FOUND: the VM or the path is not found (data=FileErrorDetails) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description RESOURCE_BUSY: the VM is busy */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsResourceBusy"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools is not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
                /** @description Absolute guest file path, percent-encoded as one path segment (e.g. `%2Ftmp%2Fout.txt`; the encoding is a guestops choice, see reference U7). */
                path: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VcenterVmGuestFilesystemFilesGet"];
            };
        };
        responses: {
            /** @description The file information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VcenterVmGuestFilesystemFilesInfo"];
                };
            };
            /** @description UNSUPPORTED: the operation is not supported by VMware Tools in the guest; NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running; INVALID_ARGUMENT: the path is not a file or is too long (data=FileErrorDetails) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnsupported"] | components["schemas"]["VapiStdErrorsNotAllowedInCurrentState"] | components["schemas"]["VapiStdErrorsInvalidArgument"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid (never replay: the same credentials fail again); UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description UNAUTHORIZED: the path cannot be accessed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthorized"];
                };
            };
            /** @description NOT_FOUND: the VM or the path is not found (data=FileErrorDetails) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description RESOURCE_BUSY: the VM is busy */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsResourceBusy"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools is not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
                /** @description Absolute guest file path, percent-encoded as one path segment (e.g. `%2Ftmp%2Fout.txt`; the encoding is a guestops choice, see reference U7). */
                path: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VcenterVmGuestFilesystemFilesDelete"];
            };
        };
        responses: {
            /** @description The file was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNSUPPORTED: the operation is not supported by VMware Tools in the guest; NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running; INVALID_ARGUMENT: the path is not a file or is too long (data=FileErrorDetails) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnsupported"] | components["schemas"]["VapiStdErrorsNotAllowedInCurrentState"] | components["schemas"]["VapiStdErrorsInvalidArgument"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid (never replay: the same credentials fail again); UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description UNAUTHORIZED: the path cannot be accessed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthorized"];
                };
            };
            /** @description NOT_FOUND: the VM or the path is not found (data=FileErrorDetails) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description RESOURCE_BUSY: the VM is busy */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsResourceBusy"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools is not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual machine identifier (e.g. `vm-42`). */
                vm: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VcenterVmGuestFilesystemTransfersCreate"];
            };
        };
        responses: {
            /** @description The transfer URL (`https://*\/guestFile?id=...&token=...`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description ALREADY_EXISTS: path exists and overwrite false (upload); INVALID_ARGUMENT: path not a file / too long (data=FileErrorDetails); NOT_ALLOWED_IN_CURRENT_STATE: VM not running; UNSUPPORTED: not supported / disabled by Tools */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsAlreadyExists"] | components["schemas"]["VapiStdErrorsInvalidArgument"] | components["schemas"]["VapiStdErrorsNotAllowedInCurrentState"] | components["schemas"]["VapiStdErrorsUnsupported"];
                };
            };
            /** @description UNAUTHENTICATED: the guest credentials were not valid (never replay: the same credentials fail again); UNAUTHENTICATED: the vCenter session is missing or has expired (message id `com.vmware.vapi.endpoint.method.authentication.required`): log in again and replay the request; nothing was done */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthenticated"];
                };
            };
            /** @description UNAUTHORIZED: path cannot be accessed / copied */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsUnauthorized"];
                };
            };
            /** @description NOT_FOUND: VM not found; path not found (data=FileErrorDetails) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsNotFound"];
                };
            };
            /** @description RESOURCE_BUSY: VM busy; UNABLE_TO_ALLOCATE_RESOURCE: insufficient space (upload) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsResourceBusy"] | components["schemas"]["VapiStdErrorsUnableToAllocateResource"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: VMware Tools not running */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapiStdErrorsServiceUnavailable"];
                };
            };
        };
    };
    downloadGuestFile: {
        parameters: {
            query: {
                id: string;
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Unknown, used or expired transfer URL. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    uploadGuestFile: {
        parameters: {
            query: {
                id: string;
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The file was written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body length differs from the declared size. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, used or expired transfer URL. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
