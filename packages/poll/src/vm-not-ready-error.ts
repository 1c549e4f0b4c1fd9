/** Why a VM cannot run a program now. */
export type VmNotReadyReason =
  /** The VM is powered off or suspended. */
  | "poweredOff"
  /** VMware Tools / guest operations did not become ready within `waitForToolsMs`. */
  | "toolsNotReady";

/** Fields of a {@link VmNotReadyError}. */
export interface VmNotReadyErrorOptions {
  readonly vm: string;
  readonly vmName?: string | undefined;
  readonly reason: VmNotReadyReason;
  /** The power state seen, for `poweredOff`. */
  readonly powerState?: string | undefined;
  /** How long readiness was awaited, in ms, for `toolsNotReady`. */
  readonly waitedMs?: number | undefined;
  readonly cause?: unknown;
}

/** The preflight found that the VM cannot run a program now; nothing was started. */
export class VmNotReadyError extends Error {
  override readonly name = "VmNotReadyError" as const;
  /** VM identifier. */
  readonly vm: string;
  /** VM name, when known. */
  readonly vmName: string | undefined;
  /** Why. */
  readonly reason: VmNotReadyReason;
  /** The power state seen, for `poweredOff`. */
  readonly powerState: string | undefined;
  /** How long readiness was awaited, in ms, for `toolsNotReady`. */
  readonly waitedMs: number | undefined;

  constructor(options: VmNotReadyErrorOptions) {
    const which = options.vmName ? `${options.vmName} (${options.vm})` : options.vm;
    super(
      options.reason === "poweredOff"
        ? `${which} is ${options.powerState ?? "not powered on"}: power it on and wait for the guest to boot, then run again (nothing was started)`
        : `guest operations in ${which} were not ready after ${options.waitedMs} ms: check that VMware Tools is installed and running in the guest, or wait longer with waitForToolsMs (nothing was started)`,
      { cause: options.cause },
    );
    this.vm = options.vm;
    this.vmName = options.vmName;
    this.reason = options.reason;
    this.powerState = options.powerState;
    this.waitedMs = options.waitedMs;
  }

  /** A plain object for logs: `JSON.stringify(error)` keeps the message and the fields. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      vm: this.vm,
      vmName: this.vmName,
      reason: this.reason,
      powerState: this.powerState,
      waitedMs: this.waitedMs,
    };
  }
}

/** Whether a value is a {@link VmNotReadyError}; checks `name`, so it works across package copies. */
export function isVmNotReadyError(value: unknown): value is VmNotReadyError {
  return value instanceof Error && value.name === "VmNotReadyError";
}
