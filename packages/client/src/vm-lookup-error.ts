import type { VmEntry } from "./domain.js";
import { scrubText } from "./redact.js";

/** Fields of a {@link VmLookupError}. */
export interface VmLookupErrorOptions {
  /** The name or id that was looked up. */
  readonly query: string;
  /** The VMs that matched (empty when none did). */
  readonly matches: readonly VmEntry[];
  /** Secrets the message must not carry (a caller may pass anything as a name). */
  readonly secrets?: readonly string[];
}

/** `resolveVm` found no VM, or several VMs, for a name or id. */
export class VmLookupError extends Error {
  override readonly name = "VmLookupError" as const;
  /** The client operation: always `resolveVm`. */
  readonly operation = "resolveVm" as const;
  /** The name or id that was looked up. */
  readonly query: string;
  /** `none` or `several`. */
  readonly reason: "none" | "several";
  /** The VMs that matched (empty when none did). */
  readonly matches: readonly VmEntry[];

  constructor(options: VmLookupErrorOptions) {
    const secrets = options.secrets ?? [];
    const query = scrubText(options.query, secrets);
    const { matches } = options;
    super(
      matches.length === 0
        ? `resolveVm: no VM is named or identified "${query}": check the name (it is case-sensitive) or pass the VM id, e.g. vm-42`
        : `resolveVm: ${matches.length} VMs are named "${query}" (${matches.map((m) => m.vm).join(", ")}): pass the VM id instead of the name`,
    );
    this.query = query;
    this.reason = matches.length === 0 ? "none" : "several";
    this.matches = matches;
  }

  /** A plain object for logs. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      operation: this.operation,
      query: this.query,
      reason: this.reason,
      matches: this.matches,
    };
  }
}

/** Whether a value is a {@link VmLookupError}; checks `name`, so it works across package copies. */
export function isVmLookupError(value: unknown): value is VmLookupError {
  return value instanceof Error && value.name === "VmLookupError";
}
