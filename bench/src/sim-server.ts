// The simulator in a process of its own, so that its work (HTTP, spawning guest programs) does
// not share a thread with the code being measured, as a real vCenter would not. Driven over IPC.
import { type SimulatorOptions, startSimulator } from "@guestops/simulator";

/** Messages the parent sends. */
export type SimRequest =
  | { readonly type: "stats"; readonly id: number }
  | { readonly type: "reset"; readonly id: number }
  | { readonly type: "faults"; readonly id: number; readonly latencyMs: number }
  | { readonly type: "stop"; readonly id: number };

/** What the parent reads from the simulator's stats. */
export interface SimStats {
  readonly logins: number;
  readonly calls: Record<string, number>;
  readonly processes: number;
}

const options = JSON.parse(process.argv[2] ?? "{}") as SimulatorOptions;
const sim = await startSimulator(options);
process.send?.({ type: "ready", url: sim.url });

process.on("message", async (message: SimRequest) => {
  switch (message.type) {
    case "stats": {
      const stats: SimStats = {
        logins: sim.stats.logins,
        calls: { ...sim.stats.calls },
        processes: sim.stats.processes.length,
      };
      process.send?.({ id: message.id, stats });
      return;
    }
    case "reset":
      sim.stats.reset();
      process.send?.({ id: message.id });
      return;
    case "faults":
      sim.faults.set({ latencyMs: message.latencyMs });
      process.send?.({ id: message.id });
      return;
    case "stop":
      await sim.stop();
      process.send?.({ id: message.id });
      process.exit(0);
  }
});
process.on("disconnect", () => {
  void sim.stop().then(() => process.exit(0));
});
