import type { Palette } from "./color.js";
import type { PrintableRun } from "./run-json.js";
import { describeOutcome, isSuccessfulRun } from "./run-outcome.js";

/** Counts a fleet run as VMs finish, keeping only the failures (memory stays flat on success). */
export interface FleetTally {
  add(requestedVm: string, run: PrintableRun): void;
  readonly total: number;
  readonly failed: number;
  /** The closing summary: a count line, then one line per failed VM saying why. */
  summary(palette: Palette): string;
}

/** Creates a {@link FleetTally}; `timeoutMs` words the timeouts ("timed out after 5s"). */
export function createFleetTally(options: { readonly timeoutMs?: number } = {}): FleetTally {
  let total = 0;
  const failures: string[] = [];
  return {
    add(requestedVm, run) {
      total++;
      if (isSuccessfulRun(run)) return;
      failures.push(`${requestedVm}: ${describeOutcome(run, options)}`);
    },
    get total() {
      return total;
    },
    get failed() {
      return failures.length;
    },
    summary(palette) {
      const ok = total - failures.length;
      const vms = `${total} VM${total === 1 ? "" : "s"}`;
      if (failures.length === 0) {
        return `guestops: ${vms}: ${palette.green(`all ${total} exited 0`)}\n`;
      }
      const head = `guestops: ${vms}: ${ok} exited 0, ${palette.red(`${failures.length} failed`)}`;
      return `${[head, ...failures.map((line) => `  ${line}`)].join("\n")}\n`;
    },
  };
}
