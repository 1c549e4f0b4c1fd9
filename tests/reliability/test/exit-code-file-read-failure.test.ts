// Found by the chaos run (heavy session churn, `node bench/chaos.ts --session-churn`): a run whose
// exit code had aged out of vCenter's retention window reported `lost`, exit code unknown, while
// its exit-code file held the real code. readExitCodeFile (packages/poll/src/run-files.ts) turns
// *any* failure into "no file", finishRun reports the process as lost, and then deletes the
// exit-code file with the other temp files: the one copy of the exit code is gone. Reproduced here
// deterministically: the exit code ages out, then vCenter answers RESOURCE_BUSY to the transfer
// calls for as long as one read retries (5 attempts).
//
// Fixed in poll: the exit-code file is read with a longer replay budget (it may be the last copy),
// and a file that still cannot be read is kept in the guest and named in the result.
import { createClient } from "@guestops/client";
import { resumeRun, startRun } from "@guestops/poll";
import { startSimulator } from "@guestops/simulator";
import { expect, test } from "vitest";
import { ROOT } from "../src/chaos/run-chaos.ts";

test("keeps a run's exit code when its exit-code file cannot be read at first", async () => {
  const sim = await startSimulator({ tls: false, retentionMs: 100 });
  try {
    const client = createClient({
      url: sim.url,
      username: "administrator@vsphere.local",
      password: "password",
    });
    const handle = await startRun(client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "exit 7"],
      credentials: ROOT,
    });
    // Let the program end and vCenter forget it.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    sim.faults.setForVm("vm-101", { busy: { createTransfer: 5 } });
    const result = await resumeRun(client, handle, ROOT);
    expect(sim.stats.processes[0]?.exitCode).toBe(7);
    expect(result).toMatchObject({ status: "exited", exitCode: 7 });
  } finally {
    await sim.stop();
  }
});
