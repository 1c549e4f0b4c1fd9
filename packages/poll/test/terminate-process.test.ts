import { readFile, rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startRun } from "../src/start-run.js";
import { terminateProcess } from "../src/terminate-process.js";
import { waitForProcess } from "../src/wait-for-process.js";
import { alive, ROOT, sleep, startWorld, type World, waitDead } from "./world.js";

// A program that starts two long-lived children, writes all three pids to a file, and waits.
const family = (file: string) => [
  "-c",
  `sleep 300 & a=$!; sleep 301 & b=$!; echo "$$ $a $b" > ${file}; wait`,
];

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());

/** The pids the family program wrote to `file` in root's home on `vm`. */
async function pidsIn(vm: string, file: string): Promise<number[]> {
  const path = `${world.sim.inventory.homeDir(vm, "root")}/${file}`;
  for (let i = 0; i < 200; i++) {
    const pids = (await readFile(path, "utf8").catch(() => "")).trim().split(" ").map(Number);
    if (pids.length === 3 && pids.every((pid) => pid > 0)) return pids;
    await sleep(50);
  }
  throw new Error(`${file} never got three pids`);
}

describe("terminateProcess", () => {
  test.each([
    ["with capture", true],
    ["without capture", false],
  ])(
    "ends a run's program and its descendants given only the wrapper's pid (%s)",
    async (_, capture) => {
      const file = `kill-${capture}.pids`;
      await rm(`${world.sim.inventory.homeDir("vm-101", "root")}/${file}`, { force: true });
      const handle = await startRun(world.client, {
        vm: "web-01",
        path: "/bin/bash",
        args: family(file),
        capture,
        credentials: ROOT,
      });
      const pids = await pidsIn("vm-101", file);
      // The pid a run reports is its wrapper's: the program is a child of it.
      expect(pids[0]).not.toBe(handle.pid);

      const ended = await terminateProcess(world.client, {
        vm: "vm-101",
        pid: handle.pid,
        credentials: ROOT,
      });
      expect(ended).toMatchObject({
        vm: "vm-101",
        pid: handle.pid,
        status: "terminated",
        scope: "run",
      });
      expect(await waitDead(pids)).toEqual([]);
      // The wrapper was spared until the program went, so it recorded the program's exit.
      const exit = await waitForProcess(world.client, {
        vm: "vm-101",
        pid: handle.pid,
        credentials: ROOT,
      });
      expect(exit.exitCode).toBe(143);
    },
    60_000,
  );

  test("ends only the process itself, as vCenter's delete does, when guestops did not start it", async () => {
    await rm(`${world.sim.inventory.homeDir("vm-102", "root")}/plain.pids`, { force: true });
    const pid = await world.client.createProcess(
      "vm-102",
      {
        path: "/bin/bash",
        arguments: family("plain.pids")
          .map((a, i) => (i === 0 ? a : `'${a}'`))
          .join(" "),
      },
      ROOT,
    );
    const [self, ...children] = await pidsIn("vm-102", "plain.pids");
    expect(self).toBe(pid);
    const starts = world.sim.stats.callsOf("createProcess");
    const ended = await terminateProcess(world.client, { vm: "vm-102", pid, credentials: ROOT });
    expect(ended).toMatchObject({ status: "terminated", scope: "process" });
    expect(await waitDead([pid])).toEqual([]);
    // No terminator was started, and the tree under it was not walked: for pid 1 that tree would
    // be the whole guest.
    expect(world.sim.stats.callsOf("createProcess")).toBe(starts);
    expect(children.every(alive)).toBe(true);
    for (const child of children) process.kill(child, "SIGKILL");
  }, 60_000);

  test("reports a process that had already exited, and signals nothing", async () => {
    const pid = await world.client.createProcess(
      "vm-101",
      { path: "/bin/sh", arguments: "-c 'exit 7'" },
      ROOT,
    );
    await waitForProcess(world.client, { vm: "vm-101", pid, credentials: ROOT });
    const starts = world.sim.stats.callsOf("createProcess");
    expect(await terminateProcess(world.client, { vm: "vm-101", pid, credentials: ROOT })).toEqual({
      vm: "vm-101",
      pid,
      status: "already_exited",
      exitCode: 7,
    });
    expect(world.sim.stats.callsOf("createProcess")).toBe(starts);
  });

  test("fails with vCenter's NOT_FOUND for a pid that does not exist, starting nothing", async () => {
    const starts = world.sim.stats.callsOf("createProcess");
    await expect(
      terminateProcess(world.client, { vm: "vm-101", pid: 999_999, credentials: ROOT }),
    ).rejects.toMatchObject({ errorType: "NOT_FOUND" });
    expect(world.sim.stats.callsOf("createProcess")).toBe(starts);
  });

  test("leaves an unrelated process alone", async () => {
    const bystander = await world.client.createProcess(
      "vm-101",
      { path: "/bin/sleep", arguments: "300" },
      ROOT,
    );
    const target = await world.client.createProcess(
      "vm-101",
      { path: "/bin/sleep", arguments: "301" },
      ROOT,
    );
    await terminateProcess(world.client, { vm: "vm-101", pid: target, credentials: ROOT });
    const bystanderStatus = await world.client.getProcess("vm-101", bystander, ROOT);
    expect(bystanderStatus.exitCode).toBeUndefined();
    await terminateProcess(world.client, { vm: "vm-101", pid: bystander, credentials: ROOT });
    // vCenter's delete answers once the kill is sent; the process goes a moment later.
    expect(await waitDead([bystander])).toEqual([]);
  }, 30_000);
});
