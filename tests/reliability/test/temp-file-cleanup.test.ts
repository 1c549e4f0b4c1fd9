// Found by the chaos run: over 2,000 runs with ~15 % of calls faulted, a guest temp file was now
// and then left behind, because deleting it gave up after the usual 5 attempts although its
// cleanup budget (CLEANUP_MS, 15 s) had most of its time left. Deterministic here: vCenter
// answers RESOURCE_BUSY to the next 18 deleteFile calls, more than the 3 files x 5 attempts.
import { createClient } from "@guestops/client";
import { runProcess } from "@guestops/poll";
import { startSimulator } from "@guestops/simulator";
import { expect, test } from "vitest";
import { ROOT } from "../src/chaos/run-chaos.ts";

test("deletes a run's temp files although vCenter is busy for more than 5 attempts", async () => {
  const sim = await startSimulator({ tls: false });
  try {
    const client = createClient({
      url: sim.url,
      username: "administrator@vsphere.local",
      password: "password",
    });
    sim.faults.setForVm("vm-101", { busy: { deleteFile: 18 } });
    const result = await runProcess(client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "echo out; exit 4"],
      credentials: ROOT,
    });
    expect(result).toMatchObject({ status: "exited", exitCode: 4, stdout: "out\n" });
    expect(result.outputNote).toBeUndefined();
    expect(sim.stats.faults.busy).toBe(18);
    expect(await sim.inventory.tempFiles("vm-101")).toEqual([]);
  } finally {
    await sim.stop();
  }
}, 60_000);
