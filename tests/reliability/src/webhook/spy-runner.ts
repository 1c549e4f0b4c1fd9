// A Runner that starts nothing and counts everything: the webhook fuzz asserts on its counters.
import type { Runner, VmRef } from "@guestops/webhook";
import { RunnerError } from "@guestops/webhook";

/** The VMs the spy knows, by id and name. */
export const SPY_VMS: readonly VmRef[] = [
  { id: "vm-7", name: "web-01" },
  { id: "vm-8", name: "web-02" },
  { id: "vm-42", name: "db-01" },
  { id: "vm-9", name: "mail-01" },
];

export interface SpyRunner extends Runner {
  readonly counts: { resolveVm: number; start: number; check: number; cancel: number };
}

export function createSpyRunner(): SpyRunner {
  const counts = { resolveVm: 0, start: 0, check: 0, cancel: 0 };
  let pid = 1000;
  return {
    counts,
    async resolveVm(nameOrId) {
      counts.resolveVm++;
      const vm = SPY_VMS.find((v) => v.id === nameOrId || v.name === nameOrId);
      if (vm === undefined)
        throw new RunnerError("not_found", `vm ${JSON.stringify(nameOrId)} was not found`);
      return vm;
    },
    async start(input) {
      counts.start++;
      const started = pid++;
      return {
        handle: JSON.stringify({ vm: input.vm.id, pid: started }),
        pid: started,
        startedAt: "2026-01-01T00:00:00.000Z",
      };
    },
    async check() {
      counts.check++;
      return { status: "running" };
    },
    async cancel() {
      counts.cancel++;
      return { status: "exited", exitCode: 143, cancelled: true };
    },
  };
}
