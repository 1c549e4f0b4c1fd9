import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { cancelRun } from "../src/cancel-run.js";
import { checkRun } from "../src/check-run.js";
import { runProcess } from "../src/run-process.js";
import { startRun } from "../src/start-run.js";
import { alive, ROOT, sleep, startWorld, type World, waitDead } from "./world.js";

// A program that starts two long-lived children, prints all three pids at once, and waits.
const FAMILY = ["-c", 'sleep 300 & a=$!; sleep 301 & b=$!; echo "$$ $a $b"; wait'];

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());
afterEach(() => {
  world.sim.faults.clear();
  world.sim.stats.reset();
});

/** The pids the FAMILY program printed. */
function pidsOf(stdout: string): number[] {
  const pids = stdout.trim().split(" ").map(Number);
  expect(pids).toHaveLength(3);
  return pids;
}

/** Reads the pids FAMILY printed, from its stdout file, while it runs. */
async function pidsWhileRunning(vm: string): Promise<number[]> {
  const { readFile } = await import("node:fs/promises");
  for (let i = 0; i < 200; i++) {
    const files = (await world.sim.inventory.tempFiles(vm)).filter((f) => f.endsWith(".out"));
    for (const file of files) {
      const text = await readFile(file, "utf8").catch(() => "");
      if (text.trim().split(" ").length === 3) return text.trim().split(" ").map(Number);
    }
    await sleep(50);
  }
  throw new Error("the program never printed its pids");
}

describe("terminating runs", () => {
  test("kills the program and every descendant when the timeout passes", async () => {
    const began = Date.now();
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/bash",
      args: FAMILY,
      timeout: 1500,
      credentials: ROOT,
    });
    expect(result).toMatchObject({
      status: "timed_out",
      timedOut: true,
      exitCode: 143,
      exitDescription: "killed by SIGTERM (exit code 143)",
    });
    expect(Date.now() - began).toBeGreaterThanOrEqual(1500);
    expect(await waitDead(pidsOf(result.stdout))).toEqual([]);
    expect(await world.sim.inventory.tempFiles("vm-101")).toEqual([]);
  }, 60_000);

  test("kills the descendants of a run without capture too (plain sh wrapper)", async () => {
    const { readFile, rm } = await import("node:fs/promises");
    const pidFile = `${world.sim.inventory.homeDir("vm-103", "root")}/family.pids`;
    await rm(pidFile, { force: true });
    const result = await runProcess(world.client, {
      vm: "db-01",
      path: "/bin/bash",
      args: ["-c", 'sleep 300 & a=$!; sleep 301 & b=$!; echo "$$ $a $b" > family.pids; wait'],
      capture: false,
      timeout: 1500,
      credentials: ROOT,
    });
    expect(result).toMatchObject({ status: "timed_out", exitCode: 143, outputCaptured: false });
    expect(await waitDead(pidsOf(await readFile(pidFile, "utf8")))).toEqual([]);
  }, 60_000);

  test("kills the program and every descendant on abort, then rejects with signal.reason", async () => {
    const controller = new AbortController();
    const reason = new Error("operator pressed Ctrl-C");
    const run = runProcess(
      world.client,
      { vm: "web-02", path: "/bin/bash", args: FAMILY, credentials: ROOT },
      { signal: controller.signal },
    );
    const pids = await pidsWhileRunning("vm-102");
    expect(pids.every(alive)).toBe(true);
    controller.abort(reason);
    await expect(run).rejects.toBe(reason);
    expect(await waitDead(pids)).toEqual([]);
    expect(await world.sim.inventory.tempFiles("vm-102")).toEqual([]);
  }, 60_000);

  test("checkRun looks once without waiting, and cancelRun ends the run with its descendants", async () => {
    const handle = await startRun(world.client, {
      vm: "db-01",
      path: "/bin/bash",
      args: FAMILY,
      credentials: ROOT,
    });
    const pids = await pidsWhileRunning("vm-103");
    const gets = world.sim.stats.callsOf("getProcess");
    const state = await checkRun(world.client, handle, ROOT);
    expect(state).toMatchObject({
      status: "running",
      vm: "vm-103",
      runId: handle.runId,
      pid: handle.pid,
    });
    expect(world.sim.stats.callsOf("getProcess") - gets).toBe(1);

    const result = await cancelRun(world.client, handle, ROOT);
    expect(result).toMatchObject({
      status: "exited",
      exitCode: 143,
      cancelled: true,
      timedOut: false,
    });
    expect(pidsOf(result.stdout)).toEqual(pids);
    expect(await waitDead(pids)).toEqual([]);
    expect(await world.sim.inventory.tempFiles("vm-103")).toEqual([]);
  }, 60_000);

  test("checkRun terminates a run found past its deadline", async () => {
    const handle = await startRun(world.client, {
      vm: "web-01",
      path: "/bin/bash",
      args: FAMILY,
      timeout: 500,
      credentials: ROOT,
    });
    const pids = await pidsWhileRunning("vm-101");
    await sleep(700);
    const result = await checkRun(world.client, handle, ROOT);
    expect(result).toMatchObject({ status: "timed_out", exitCode: 143 });
    expect(await waitDead(pids)).toEqual([]);
  }, 60_000);

  test("checkRun reports a finished run with its output", async () => {
    const handle = await startRun(world.client, {
      vm: "web-01",
      path: "/bin/echo",
      args: ["done"],
      credentials: ROOT,
    });
    let state = await checkRun(world.client, handle, ROOT);
    for (let i = 0; i < 100 && state.status === "running"; i++) {
      await sleep(50);
      state = await checkRun(world.client, handle, ROOT);
    }
    expect(state).toMatchObject({ status: "exited", exitCode: 0, stdout: "done\n" });
  });
});
