/** Why a process counts as lost. */
export type ProcessLostReason =
  /** vCenter answered 404 for the pid after it had been seen. */
  | "vanished"
  /** vCenter answered 404 for the pid at the first look. */
  | "unknown"
  /** The pid now belongs to another process (VMware Tools restarted or the guest rebooted). */
  | "replaced";

/** Fields of a {@link ProcessLostError}. */
export interface ProcessLostErrorOptions {
  readonly vm: string;
  readonly pid: number;
  readonly reason: ProcessLostReason;
  /** The error vCenter answered with, if any. */
  readonly cause?: unknown;
}

const EXPLANATION: Record<ProcessLostReason, string> = {
  vanished:
    "vCenter no longer knows it although it was seen running (VMware Tools restarted, the guest rebooted or was reverted, or its exit code aged out of the 5-minute window)",
  unknown:
    "vCenter does not know it (wrong pid, or it exited more than 5 minutes ago and its exit code aged out)",
  replaced: "its pid now belongs to another process (VMware Tools restarted or the guest rebooted)",
};

/** A watched guest process disappeared without an exit code. */
export class ProcessLostError extends Error {
  override readonly name = "ProcessLostError" as const;
  /** VM identifier. */
  readonly vm: string;
  /** The process id that was watched. */
  readonly pid: number;
  /** How it was lost. */
  readonly reason: ProcessLostReason;

  constructor(options: ProcessLostErrorOptions) {
    super(
      `process ${options.pid} in ${options.vm} is lost: ${EXPLANATION[options.reason]}; its exit code is unknown`,
      { cause: options.cause },
    );
    this.vm = options.vm;
    this.pid = options.pid;
    this.reason = options.reason;
  }

  /** A plain object for logs: `JSON.stringify(error)` keeps the message and the fields. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      vm: this.vm,
      pid: this.pid,
      reason: this.reason,
    };
  }
}

/** Whether a value is a {@link ProcessLostError}; checks `name`, so it works across package copies. */
export function isProcessLostError(value: unknown): value is ProcessLostError {
  return value instanceof Error && value.name === "ProcessLostError";
}
