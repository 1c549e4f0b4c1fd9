// Faults the random mode cannot give: every session expiring at once in the middle of runs, and
// explicit "Tools down" and "reset after an accepted create" on whichever create comes next.
import type { Simulator } from "@guestops/simulator";
import { seededRandom } from "./seeded-random.ts";

/** What the ticker injected. */
export interface TickerCounts {
  expireAll: number;
  toolsDown: number;
  resetAfterCreate: number;
}

/** Starts injecting one fault every `everyMs`; `stop()` ends it and returns what it did. */
export function startFaultTicker(
  sim: Simulator,
  options: { readonly everyMs: number; readonly seed: number },
): { stop(): TickerCounts } {
  const random = seededRandom(options.seed ^ 0x5eed);
  const counts: TickerCounts = { expireAll: 0, toolsDown: 0, resetAfterCreate: 0 };
  const timer = setInterval(() => {
    const draw = random();
    if (draw < 0.4) {
      sim.faults.expireSessions();
      counts.expireAll++;
    } else if (draw < 0.7) {
      sim.faults.set({ toolsDownForCreates: (sim.faults.current().toolsDownForCreates ?? 0) + 1 });
      counts.toolsDown++;
    } else {
      sim.faults.set({ resetAfterCreate: (sim.faults.current().resetAfterCreate ?? 0) + 1 });
      counts.resetAfterCreate++;
    }
  }, options.everyMs);
  return {
    stop() {
      clearInterval(timer);
      return counts;
    },
  };
}
