// The client's own shapes: camelCase, flavor-neutral. The wire shapes (snake_case, `/rest`'s
// `{"value": ...}`) stay inside flavor-adapter.ts and never reach a caller.
import type { PowerState, ToolsRunState } from "@guestops/core";

/** The API flavor a client talks: `/api` (7.0 U2 and later) or the legacy `/rest`. */
export type Flavor = "api" | "rest";

/** The guest OS family, as far as guest operations care: only Windows accepts `startMinimized`. */
export type GuestFamily = "windows" | "linux" | "other";

/** What to start in the guest. */
export interface ProcessSpec {
  /** Absolute path of the program in the guest, e.g. `/usr/bin/uname` or `C:\Windows\System32\cmd.exe`. */
  readonly path: string;
  /** The program's arguments as one string, escaped for the guest's shell. */
  readonly arguments?: string;
  /** Absolute working directory; unset = the guest user's home on Linux, unspecified elsewhere. */
  readonly workingDirectory?: string;
  /**
   * The program's complete environment (it replaces the guest's, it is not added to it).
   * Unset = guest-dependent defaults.
   */
  readonly env?: Readonly<Record<string, string>>;
  /** Start the program's window minimized (Windows guests only). @default false */
  readonly startMinimized?: boolean;
}

/** A guest process as the client reports it, from `get` or `list`. */
export interface ProcessStatus {
  /** Process id in the guest. */
  readonly pid: number;
  /** Program name. */
  readonly name: string;
  /** Guest user that owns the process. */
  readonly owner: string;
  /** Full command line (visible to anyone in the guest who can list processes). */
  readonly command: string;
  /** Start time, ISO 8601. */
  readonly startedAt: string;
  /** End time, ISO 8601; only for a process started by `create` that exited less than 5 minutes ago. */
  readonly finishedAt?: string;
  /** Exit code; present exactly when `finishedAt` is. */
  readonly exitCode?: number;
}

/** One VM of a `listVms` answer. */
export interface VmEntry {
  /** VM identifier, e.g. `vm-42`. */
  readonly vm: string;
  /** VM name as shown in vCenter. */
  readonly name: string;
  /** Power state. */
  readonly powerState: PowerState;
}

/** Filter of `listVms`; every given list must match (an empty filter lists all VMs, at most 4000). */
export interface ListVmsFilter {
  /** Match VMs with one of these names. */
  readonly names?: readonly string[];
  /** Match VMs with one of these identifiers. */
  readonly vms?: readonly string[];
  /** Match VMs in one of these power states. */
  readonly powerStates?: readonly PowerState[];
}

/** A VM's identity and guest OS, from `getVm`. */
export interface VmDetails extends VmEntry {
  /** The configured guest OS identifier, e.g. `UBUNTU_64` or `WINDOWS_9_SERVER_64`. */
  readonly guestOs: string;
  /** The family derived from `guestOs`. */
  readonly guestFamily: GuestFamily;
}

/** Whether guest operations can run in a VM now. */
export interface GuestOperationsReadiness {
  /** Guest operations (processes, files) are possible. */
  readonly guestOperationsReady: boolean;
  /** Guest operations in the interactive desktop session are possible. */
  readonly interactiveGuestOperationsReady: boolean;
}

/** State of VMware Tools in a VM. */
export interface ToolsStatus {
  /** Whether Tools is running. */
  readonly runState: ToolsRunState;
  /** Tools version string, when known. */
  readonly version?: string;
  /** Tools version number, when known. */
  readonly versionNumber?: number;
  /** Version status (`CURRENT`, `TOO_OLD_UNSUPPORTED`, ...), when known. */
  readonly versionStatus?: string;
  /** How Tools was installed (`OPEN_VM_TOOLS`, `MSI`, ...), when known. */
  readonly installType?: string;
  /** `MANUAL` or `UPGRADE_AT_POWER_CYCLE`. */
  readonly upgradePolicy: string;
  /** Whether Tools can be upgraded automatically. */
  readonly autoUpdateSupported: boolean;
  /** Error reported by the last Tools operation, when any. */
  readonly error?: string;
}

/** Options of `createTemporaryFile`. */
export interface TemporaryFileSpec {
  /** Start of the file name, e.g. `guestops-`. */
  readonly prefix: string;
  /** End of the file name, e.g. `.out`. */
  readonly suffix: string;
  /** Absolute directory to create it in; unset = the guest's temporary directory. */
  readonly parentPath?: string;
}

/** Options of `createTransfer`. */
export interface TransferRequest {
  /** Absolute guest file path. */
  readonly path: string;
  /** Set to upload into the guest (HTTP PUT); unset = download (HTTP GET). */
  readonly upload?: {
    /** Exact number of bytes that will be uploaded. */
    readonly size: number;
    /** Replace an existing file. @default false */
    readonly overwrite?: boolean;
  };
}

/** What the resolved flavor offers. */
export interface Capabilities {
  /** The resolved flavor. */
  readonly flavor: Flavor;
  /** Guest temporary files, file delete and transfer URLs (`/api` only). */
  readonly guestFilesystem: boolean;
  /** `getGuestOperationsReadiness` (`/api` only). */
  readonly guestOperationsReadiness: boolean;
  /** `getTools` (`/api` only in the spec this client follows). */
  readonly tools: boolean;
  /** `listProcesses` reports `finishedAt`/`exitCode` (`/rest` tech preview only; on `/api` use `getProcess`). */
  readonly listReportsExitCodes: boolean;
  /** `listProcesses` filters by pid on the server (`/rest`); on `/api` the client filters. */
  readonly serverSidePidFilter: boolean;
}
