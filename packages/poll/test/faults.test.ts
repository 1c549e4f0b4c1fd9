import { createClient, type FetchLike } from "@guestops/client";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import {
  type CreateOutcomeUnknownError,
  isCreateOutcomeUnknownError,
} from "../src/create-outcome-unknown-error.js";
import { isProcessLostError } from "../src/process-lost-error.js";
import { resumeRun } from "../src/resume-run.js";
import { runProcess } from "../src/run-process.js";
import { startRun } from "../src/start-run.js";
import { ROOT, sleep, startWorld, type World } from "./world.js";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());
afterEach(() => {
  world.sim.faults.clear();
  world.sim.stats.reset();
});

/** Processes started in a VM, terminators excluded (none run in these tests anyway). */
const started = (vm: string) => world.sim.stats.processes.filter((p) => p.vm === vm);

describe("runs under faults", () => {
  test("survives busy, 503 and a connection reset after create with exactly one process started", async () => {
    world.sim.faults.setForVm("vm-101", {
      busy: { createTemporaryFile: 1, createProcess: 2, getProcess: 2, createTransfer: 1 },
      serviceUnavailable: { getProcess: 2, deleteFile: 1 },
      resetAfterCreate: 1,
    });
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "echo survived; exit 5"],
      credentials: ROOT,
    });
    expect(result).toMatchObject({ status: "exited", exitCode: 5, stdout: "survived\n" });
    expect(started("vm-101")).toHaveLength(1);
    expect(world.sim.stats.faults).toMatchObject({ busy: 6, serviceUnavailable: 3, reset: 1 });
    expect(world.sim.stats.callsOf("createProcess")).toBe(3);
    expect(world.sim.stats.callsOf("listProcesses")).toBe(1);
    expect(await world.sim.inventory.tempFiles("vm-101")).toEqual([]);
  }, 60_000);

  test("replays create while Tools answers 503, starting the program once", async () => {
    world.sim.faults.set({ toolsDownForCreates: 2 });
    const result = await runProcess(world.client, {
      vm: "web-02",
      path: "/bin/echo",
      args: ["once"],
      capture: false,
      credentials: ROOT,
    });
    expect(result).toMatchObject({ status: "exited", exitCode: 0 });
    expect(started("vm-102")).toHaveLength(1);
    expect(world.sim.stats.callsOf("createProcess")).toBe(3);
  });

  test("survives an expired vCenter session in the middle of a run", async () => {
    const handle = await startRun(world.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "sleep 0.5; echo after"],
      credentials: ROOT,
    });
    world.sim.faults.expireSessions();
    const result = await resumeRun(world.client, handle, ROOT);
    expect(result).toMatchObject({ status: "exited", stdout: "after\n" });
    expect(world.sim.stats.logins).toBe(1);
  });

  test("survives seeded random faults (busy, 503, resets, slow answers, expired sessions) with one process per run", async () => {
    world.sim.faults.set({ random: { probability: 0.2, seed: 7, slowMs: 50 } });
    for (let i = 0; i < 5; i++) {
      const result = await runProcess(world.client, {
        vm: "db-01",
        path: "/bin/echo",
        args: [`run ${i}`],
        credentials: ROOT,
      });
      expect(result).toMatchObject({ status: "exited", exitCode: 0, stdout: `run ${i}\n` });
    }
    expect(started("vm-103")).toHaveLength(5);
    expect(world.sim.stats.faults.total).toBeGreaterThan(0);
  }, 120_000);

  test("never starts a second copy when a create's outcome cannot be told", async () => {
    // A transport that loses every create after sending it, before vCenter sees it.
    const lossy: FetchLike = async (request, init) => {
      if (request.url.includes("guest/processes?action=create")) {
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }),
        });
      }
      return fetch(request, init);
    };
    const client = createClient({
      url: world.sim.url,
      username: "administrator@vsphere.local",
      password: "password",
      fetch: lossy,
    });
    const run = runProcess(client, { vm: "web-02", path: "/bin/true", credentials: ROOT });
    await expect(run).rejects.toSatisfy(isCreateOutcomeUnknownError);
    await expect(run).rejects.toThrow(
      /check in the guest for a process or guest temp files named with [0-9a-f]{16}/,
    );
    expect(started("vm-102")).toHaveLength(0);
    expect(world.sim.stats.callsOf("listProcesses")).toBe(3);
    // The program may be running and writing its output there: the files stay, named in the error.
    const error = (await run.catch((caught: unknown) => caught)) as CreateOutcomeUnknownError;
    const files = await world.sim.inventory.tempFiles("vm-102");
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`guestops-${error.runId}-[^/]+\\.out$`));
    expect(error.keptFiles).toEqual(files);
    expect(error.message).toContain(`Its guest temp files were kept`);
    expect(error.message).toContain(files[0]);
    await world.client.deleteFile("vm-102", files[0] as string, ROOT);
  }, 60_000);
});

describe("lost processes and the exit-code file", () => {
  test("reports a process that vanished after it was seen (the VM rebooted) as lost", async () => {
    const run = runProcess(world.client, {
      vm: "web-02",
      path: "/bin/sleep",
      args: ["2"],
      credentials: ROOT,
    });
    while (world.sim.stats.callsOf("getProcess") === 0) await sleep(20);
    world.sim.inventory.setPowerState("vm-102", "POWERED_OFF");
    world.sim.inventory.setPowerState("vm-102", "POWERED_ON");
    const result = await run;
    expect(result).toMatchObject({
      status: "lost",
      exitDescription: "exit code unknown: the process was lost",
    });
    expect(result.exitCode).toBeUndefined();
    expect(isProcessLostError(result.error)).toBe(true);
    expect(result.error).toMatchObject({ reason: "vanished", vm: "vm-102" });
  }, 60_000);
});

describe("a simulator with a 100 ms retention window", () => {
  let short: World;
  beforeAll(async () => {
    short = await startWorld({ retentionMs: 100 });
  });
  afterAll(() => short.stop());

  test("recovers the real exit code from the exit-code file after vCenter forgot the process", async () => {
    const handle = await startRun(short.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "echo kept; exit 7"],
      credentials: ROOT,
    });
    // Let the program end and its exit code age out of the (short) retention window.
    await sleep(1500);
    const result = await resumeRun(short.client, handle, ROOT);
    expect(result).toMatchObject({
      status: "exited",
      exitCode: 7,
      stdout: "kept\n",
      exitDescription:
        "exited with code 7 (read from the run's exit-code file: vCenter had forgotten the process)",
    });
    expect(await short.sim.inventory.tempFiles("vm-101")).toEqual([]);
  });

  test("keeps the exit-code file in the guest and names it when it cannot be read", async () => {
    const handle = await startRun(short.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "exit 9"],
      credentials: ROOT,
    });
    await sleep(1500);
    // Every transfer answer is "busy" for longer than the exit-code read replays (12 attempts).
    short.sim.faults.setForVm("vm-101", { busy: { createTransfer: 1_000 } });
    const result = await resumeRun(short.client, handle, ROOT);
    short.sim.faults.clear();
    expect(result.status).toBe("lost");
    const code = handle.files?.exitCode as string;
    expect(result.outputNote).toContain(`it is in the guest file ${code}, kept for you to read`);
    // The output files could not be downloaded either: they are kept too.
    const kept = [code, handle.files?.stdout as string, handle.files?.stderr as string];
    expect(result.outputCaptured).toBe(false);
    expect((await short.sim.inventory.tempFiles("vm-101")).sort()).toEqual(kept.sort());
    for (const file of kept) await short.client.deleteFile("vm-101", file, ROOT);
  }, 90_000);

  test("reports lost when the exit code aged out and there is no exit-code file", async () => {
    const handle = await startRun(short.client, {
      vm: "web-01",
      path: "/bin/true",
      capture: false,
      credentials: ROOT,
    });
    await sleep(1500);
    const result = await resumeRun(short.client, handle, ROOT);
    expect(result).toMatchObject({ status: "lost" });
    expect(result.error).toMatchObject({ name: "ProcessLostError", reason: "unknown" });
  });
});
