import { isInvalidRequestError } from "@guestops/client";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { resumeRun } from "../src/resume-run.js";
import { runProcess, tryStartRun } from "../src/run-process.js";
import { isVmNotReadyError } from "../src/vm-not-ready-error.js";
import { ROOT, startWorld, type World } from "./world.js";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());
afterEach(() => {
  world.sim.faults.clear();
  world.sim.stats.reset();
});

describe("runProcess against the simulator", () => {
  test("reports the exit code and stdout and stderr separately, and deletes its temp files", async () => {
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "echo to stdout; echo to stderr >&2; exit 3"],
      credentials: ROOT,
    });
    expect(result).toMatchObject({
      vm: "vm-101",
      vmName: "web-01",
      status: "exited",
      exitCode: 3,
      exitDescription: "exited with code 3",
      stdout: "to stdout\n",
      stderr: "to stderr\n",
      stdoutTruncated: false,
      stderrTruncated: false,
      outputCaptured: true,
      timedOut: false,
    });
    expect(result.outputNote).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(result.finishedAt ?? "")).toBeGreaterThanOrEqual(
      Date.parse(result.startedAt ?? ""),
    );
    expect(await world.sim.inventory.tempFiles("vm-101")).toEqual([]);
    expect(world.sim.stats.processes).toHaveLength(1);
  });

  test("passes every argument to the program unchanged", async () => {
    const args = ["two words", "it's", "$HOME", "`id`", "*", "a;b", "new\nline", "", "ünï ✓"];
    const result = await runProcess(world.client, {
      vm: "vm-101",
      path: "/usr/bin/printf",
      args: ["%s|", ...args],
      credentials: ROOT,
    });
    expect(result.stdout).toBe(`${args.join("|")}|`);
  });

  test("feeds stdin to the program", async () => {
    const result = await runProcess(world.client, {
      vm: "web-02",
      path: "/usr/bin/sort",
      stdin: "pear\napple\nfig\n",
      credentials: ROOT,
    });
    expect(result.stdout).toBe("apple\nfig\npear\n");
    expect(await world.sim.inventory.tempFiles("vm-102")).toEqual([]);
  });

  test("cuts output at maxOutputBytes and says so", async () => {
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "head -c 5000 /dev/zero | tr '\\0' x; echo short >&2"],
      maxOutputBytes: 100,
      credentials: ROOT,
    });
    expect(result.stdout).toBe("x".repeat(100));
    expect(result).toMatchObject({
      stdoutTruncated: true,
      stderr: "short\n",
      stderrTruncated: false,
    });
  });

  test("runs with the given environment and working directory", async () => {
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", 'echo "$GREETING from $(pwd)"'],
      env: { GREETING: "hello", PATH: "/usr/bin:/bin" },
      workingDirectory: "/tmp",
      credentials: ROOT,
    });
    expect(result.stdout).toBe("hello from /tmp\n");
  });

  test("reports a signal death in words", async () => {
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "kill -KILL $$"],
      credentials: ROOT,
    });
    expect(result).toMatchObject({
      exitCode: 137,
      exitDescription: "killed by SIGKILL (exit code 137)",
    });
  });

  test("runs without capture when asked, and says the output was not captured", async () => {
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "echo ignored; exit 2"],
      capture: false,
      credentials: ROOT,
    });
    expect(result).toMatchObject({
      status: "exited",
      exitCode: 2,
      stdout: "",
      outputCaptured: false,
      outputNote: "output was not captured (capture: false)",
    });
    expect(world.sim.stats.callsOf("createTemporaryFile")).toBe(0);
  });

  test("reports a program vCenter cannot start as failed_to_start, with the reason", async () => {
    world.sim.faults.set({ failToStart: 1 });
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/true",
      credentials: ROOT,
    });
    expect(result.status).toBe("failed_to_start");
    expect(result.pid).toBeUndefined();
    expect(result.exitDescription).toMatch(/^did not start: /);
    expect(await world.sim.inventory.tempFiles("vm-101")).toEqual([]);
  });

  test("tryStartRun gives the same failed_to_start result instead of throwing, and starts nothing twice", async () => {
    world.sim.faults.set({ failToStart: 1 });
    const creates = world.sim.stats.callsOf("createProcess");
    const start = await tryStartRun(world.client, {
      vm: "web-01",
      path: "/bin/true",
      credentials: ROOT,
    });
    expect(start.started).toBe(false);
    if (start.started) return;
    expect(start.result).toMatchObject({
      vm: "vm-101",
      vmName: "web-01",
      status: "failed_to_start",
      exitDescription: expect.stringMatching(/^did not start: /),
    });
    expect(world.sim.stats.callsOf("createProcess") - creates).toBe(1);
    expect(await world.sim.inventory.tempFiles("vm-101")).toEqual([]);
  });

  test("tryStartRun hands over a started run to resumeRun", async () => {
    const start = await tryStartRun(world.client, {
      vm: "web-02",
      path: "/bin/echo",
      args: ["handed over"],
      credentials: ROOT,
    });
    expect(start.started).toBe(true);
    if (!start.started) return;
    const result = await resumeRun(world.client, start.handle, ROOT);
    expect(result).toMatchObject({ status: "exited", exitCode: 0, stdout: "handed over\n" });
  });

  test("reports a missing program as exit code 127", async () => {
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/no/such/program",
      credentials: ROOT,
    });
    expect(result).toMatchObject({
      status: "exited",
      exitCode: 127,
      exitDescription: "exited with code 127 (command not found)",
    });
    expect(result.stderr).toContain("No such file or directory");
  });

  test("refuses a powered-off VM before sending anything to the guest", async () => {
    const run = runProcess(world.client, { vm: "off-01", path: "/bin/true", credentials: ROOT });
    await expect(run).rejects.toSatisfy(isVmNotReadyError);
    await expect(run).rejects.toThrow("off-01 (vm-302) is POWERED_OFF");
    expect(world.sim.stats.callsOf("createProcess")).toBe(0);
  });

  test("waits for VMware Tools when asked to", async () => {
    world.sim.inventory.setToolsRunning("vm-301", false);
    setTimeout(() => world.sim.inventory.setToolsRunning("vm-301", true), 1500);
    const result = await runProcess(world.client, {
      vm: "tools-down-01",
      path: "/bin/echo",
      args: ["ready"],
      waitForToolsMs: 30_000,
      credentials: ROOT,
    });
    expect(result).toMatchObject({ status: "exited", stdout: "ready\n" });
  });

  test("gives up waiting for Tools after waitForToolsMs", async () => {
    world.sim.inventory.setToolsRunning("vm-301", false);
    const run = runProcess(world.client, {
      vm: "vm-301",
      path: "/bin/true",
      waitForToolsMs: 1200,
      credentials: ROOT,
    });
    await expect(run).rejects.toSatisfy(isVmNotReadyError);
    await expect(run).rejects.toThrow("were not ready after 1200 ms");
    expect(world.sim.stats.callsOf("createProcess")).toBe(0);
  });

  test("refuses startMinimized on a Linux guest without starting anything", async () => {
    const run = runProcess(world.client, {
      vm: "web-01",
      path: "/bin/true",
      startMinimized: true,
      credentials: ROOT,
    });
    await expect(run).rejects.toSatisfy(isInvalidRequestError);
    await expect(run).rejects.toThrow("startMinimized is for Windows guests only");
    expect(world.sim.stats.callsOf("createProcess")).toBe(0);
  });
});
