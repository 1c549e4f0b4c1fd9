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
  options: {
    readonly everyMs: number;
    readonly seed: number;
    /**
     * Share of ticks that expire every session. The default (about every 3 s at 300 ms ticks)
     * is already far more churn than vCenter's 30-minute sessions; 0.4 (every ~0.75 s, with 24
     * runs in flight) wears out the 5 attempts of cleanup calls (see the README).
     */
    readonly expireShare?: number;
  },
): { stop(): TickerCounts } {
  const random = seededRandom(options.seed ^ 0x5eed);
  const counts: TickerCounts = { expireAll: 0, toolsDown: 0, resetAfterCreate: 0 };
  const expireShare = options.expireShare ?? 0.1;
  const timer = setInterval(() => {
    const draw = random();
    if (draw < expireShare) {
      sim.faults.expireSessions();
      counts.expireAll++;
    } else if (draw < expireShare + (1 - expireShare) / 2) {
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
