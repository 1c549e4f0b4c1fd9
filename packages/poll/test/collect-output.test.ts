import { readFile } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { resumeRun } from "../src/resume-run.js";
import { startRun } from "../src/start-run.js";
import { ROOT, sleep, startWorld, type World } from "./world.js";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());
afterEach(() => world.sim.faults.clear());

describe("collecting a run's output", () => {
  test("a second collection of the same handle says the output is gone instead of returning none", async () => {
    const handle = await startRun(world.client, {
      vm: "web-01",
      path: "/bin/echo",
      args: ["once"],
      credentials: ROOT,
    });
    const first = await resumeRun(world.client, handle, ROOT);
    expect(first).toMatchObject({ status: "exited", stdout: "once\n", outputCaptured: true });

    const second = await resumeRun(world.client, handle, ROOT);
    expect(second).toMatchObject({ status: "exited", exitCode: 0, outputCaptured: false });
    expect(second.outputNote).toContain(
      `the run's output file ${handle.files?.stdout} no longer exists in the guest`,
    );
    expect(second.outputNote).toContain("collected the output already");
  });

  test("keeps the output files in the guest and names them, with the real cause, when they cannot be downloaded", async () => {
    const handle = await startRun(world.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "echo precious; echo warning >&2"],
      credentials: ROOT,
    });
    const stdout = handle.files?.stdout as string;
    const stderr = handle.files?.stderr as string;
    world.sim.faults.set({ serviceUnavailable: { createTransfer: 1000 } });
    const result = await resumeRun(world.client, handle, ROOT);
    world.sim.faults.clear();

    expect(result).toMatchObject({ status: "exited", exitCode: 0, outputCaptured: false });
    expect(result.outputNote).toContain(
      `stdout could not be downloaded: createTransfer answered 503 SERVICE_UNAVAILABLE`,
    );
    expect(result.outputNote).toContain(`the guest file ${stdout} is kept for you to read`);
    expect(result.outputNote).toContain(`the guest file ${stderr} is kept for you to read`);
    expect(result.outputNote).not.toContain("VMware Tools is not running");
    expect((await world.sim.inventory.tempFiles("vm-101")).sort()).toEqual([stderr, stdout].sort());
    expect(await readFile(stdout, "utf8")).toBe("precious\n");
    await world.client.deleteFile("vm-101", stdout, ROOT);
    await world.client.deleteFile("vm-101", stderr, ROOT);
  }, 60_000);
});

describe("with a 100 ms retention window", () => {
  let short: World;
  beforeAll(async () => {
    short = await startWorld({ retentionMs: 100 });
  });
  afterAll(() => short.stop());

  test("a collection after the output was collected and the exit code aged out reports lost without output", async () => {
    const handle = await startRun(short.client, {
      vm: "web-01",
      path: "/bin/echo",
      args: ["once"],
      credentials: ROOT,
    });
    expect(await resumeRun(short.client, handle, ROOT)).toMatchObject({ stdout: "once\n" });
    await sleep(500);
    const again = await resumeRun(short.client, handle, ROOT);
    expect(again).toMatchObject({ status: "lost", stdout: "", outputCaptured: false });
    expect(again.outputNote).toContain("no longer exists in the guest");
  });
});
