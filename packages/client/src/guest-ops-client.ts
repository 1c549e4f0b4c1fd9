import type { CallOptions, DryRunEntry } from "./client-options.js";
import type {
  Capabilities,
  Flavor,
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
import type { GuestCredentials } from "./guest-credentials.js";
import type { ListProcessesFilter } from "./process-operations.js";

/**
 * A vCenter client for guest operations, made by {@link createClient}. Every call logs in first if
 * needed (one login shared by concurrent calls), and rejects with one of the client's errors
 * (`VcenterApiError` and its `GuestAuthError`/`SessionError`, `TransportError`,
 * `RequestTimeoutError`, `InvalidRequestError`, `VmLookupError`) or with the caller's `signal.reason`.
 */
export interface GuestOpsClient {
  /**
   * Starts a program in the guest and returns its pid. Not idempotent: see `classifyFailure` before
   * sending it again after a failure.
   * @throws InvalidRequestError for a relative path, `startMinimized` on a known Linux guest, a bad env.
   */
  createProcess(
    vm: string,
    spec: ProcessSpec,
    credentials: GuestCredentials,
    options?: CallOptions,
  ): Promise<number>;
  /** Lists the guest's processes (plus those started by `createProcess` that exited in the last 5 minutes). */
  listProcesses(
    vm: string,
    credentials: GuestCredentials,
    filter?: ListProcessesFilter,
    options?: CallOptions,
  ): Promise<ProcessStatus[]>;
  /**
   * Reads one process; `exitCode`/`finishedAt` are set once it exited (kept 5 minutes).
   * @throws VcenterApiError NOT_FOUND once the process is gone or aged out.
   */
  getProcess(
    vm: string,
    pid: number,
    credentials: GuestCredentials,
    options?: CallOptions,
  ): Promise<ProcessStatus>;
  /** Terminates a process (only that pid: its children are not signalled). */
  deleteProcess(
    vm: string,
    pid: number,
    credentials: GuestCredentials,
    options?: CallOptions,
  ): Promise<void>;
  /** Lists VMs matching a filter (at most 4000). */
  listVms(filter?: ListVmsFilter, options?: CallOptions): Promise<VmEntry[]>;
  /**
   * Finds exactly one VM by id (`vm-42`) or name.
   * @throws VmLookupError when none or several match.
   */
  resolveVm(nameOrId: string, options?: CallOptions): Promise<VmEntry>;
  /** Reads a VM's name, power state and guest OS; remembers the guest family for `createProcess` checks. */
  getVm(vm: string, options?: CallOptions): Promise<VmDetails>;
  /** Reads whether guest operations can run now (`/api` only). */
  getGuestOperationsReadiness(vm: string, options?: CallOptions): Promise<GuestOperationsReadiness>;
  /** Reads the VMware Tools state (`/api` only). */
  getTools(vm: string, options?: CallOptions): Promise<ToolsStatus>;
  /** Creates an empty, uniquely named file in the guest and returns its absolute path (`/api` only). */
  createTemporaryFile(
    vm: string,
    credentials: GuestCredentials,
    spec: TemporaryFileSpec,
    options?: CallOptions,
  ): Promise<string>;
  /** Deletes a guest file (`/api` only). */
  deleteFile(
    vm: string,
    path: string,
    credentials: GuestCredentials,
    options?: CallOptions,
  ): Promise<void>;
  /**
   * Returns a single-use URL (valid 10 minutes) to download a guest file, or to upload one when
   * `upload` is given; a `*` host is already replaced by the vCenter host (`/api` only).
   */
  createTransfer(
    vm: string,
    credentials: GuestCredentials,
    request: TransferRequest,
    options?: CallOptions,
  ): Promise<string>;
  /** Downloads a transfer URL (a `*` host becomes the vCenter host; the client's TLS settings apply). */
  download(url: string, options?: CallOptions): Promise<Uint8Array>;
  /** Uploads to a transfer URL; the body must have the size declared to `createTransfer`. */
  upload(url: string, body: Uint8Array | string, options?: CallOptions): Promise<void>;
  /** Logs in now instead of at the first call (and resolves the flavor). */
  login(options?: CallOptions): Promise<void>;
  /** Ends the session, if any; a later call logs in again. */
  logout(options?: CallOptions): Promise<void>;
  /** The resolved flavor, or `undefined` before the first call with `flavor: "auto"`. */
  flavor(): Flavor | undefined;
  /** What the flavor offers (logs in first if the flavor is not resolved yet). */
  capabilities(options?: CallOptions): Promise<Capabilities>;
  /** The current session id, to reuse it from another process (`sessionId` option). A secret. */
  sessionId(): string | undefined;
  /** The requests recorded in dry-run mode (empty otherwise), secrets redacted. */
  readonly dryRunLog: readonly DryRunEntry[];
  /**
   * Closes the client: later calls are refused before sending (`InvalidRequestError`, reason
   * `clientClosed`), and its TLS connection pool, if it has one, is closed (waiting for calls in
   * flight; an aborted `signal` destroys it at once). The session stays valid for other clients.
   */
  close(options?: CallOptions): Promise<void>;
}
