import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cancelRun } from "../src/cancel-run.js";
import { checkRun } from "../src/check-run.js";
import { resumeRun } from "../src/resume-run.js";
import { parseRunHandle, type RunHandle, serializeRunHandle } from "../src/run-handle.js";
import { startRun } from "../src/start-run.js";
import { ROOT, sleep, startWorld, type World } from "./world.js";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());

describe("run handles", () => {
  test("a handle started in one client is resumed in a fresh one, with the output and the exit code", async () => {
    const secret = "s3cr3t-guest-password";
    world.sim.inventory.update("vm-102", {
      guestUsers: [{ username: "deployer7", password: secret }],
    });
    const credentials = { type: "password", username: "deployer7", password: secret } as const;
    const handle = await startRun(world.client, {
      vm: "web-02",
      path: "/bin/sh",
      args: ["-c", 'sleep 0.3; echo "$TOKEN"; exit 4'],
      env: { TOKEN: "env-value-not-in-handle", PATH: "/usr/bin:/bin" },
      stdin: "stdin-not-in-handle",
      timeout: 60_000,
      credentials,
    });
    const text = serializeRunHandle(handle);
    for (const secretish of [
      secret,
      "env-value-not-in-handle",
      "stdin-not-in-handle",
      "deployer7",
    ]) {
      expect(text).not.toContain(secretish);
    }

    const fresh = world.freshClient();
    const result = await resumeRun(fresh, parseRunHandle(text), credentials);
    expect(result).toMatchObject({
      status: "exited",
      exitCode: 4,
      stdout: "env-value-not-in-handle\n",
      runId: handle.runId,
      pid: handle.pid,
    });
    expect(world.sim.stats.logins).toBe(2);
    expect(await world.sim.inventory.tempFiles("vm-102")).toEqual([]);
  });
});

describe("edited run handles", () => {
  test("cannot make resumeRun read or delete a guest file that is not the run's", async () => {
    const important = `${world.sim.inventory.homeDir("vm-101", "root")}/important.txt`;
    const handle = await startRun(world.client, {
      vm: "web-01",
      path: "/bin/true",
      credentials: ROOT,
    });
    await mkdir(dirname(important), { recursive: true });
    await writeFile(important, "keep me\n");
    const edited = JSON.parse(serializeRunHandle(handle));
    edited.files.stdout = important;

    expect(() => parseRunHandle(JSON.stringify(edited))).toThrow(
      expect.objectContaining({ name: "InvalidRunHandleError", field: "files.stdout" }),
    );
    const { kind: _, ...typed } = edited;
    await expect(resumeRun(world.client, typed, ROOT)).rejects.toMatchObject({
      name: "InvalidRunHandleError",
      field: "files.stdout",
    });
    expect(await readFile(important, "utf8")).toBe("keep me\n");
    await resumeRun(world.client, handle, ROOT);
  });

  test.each([
    ["cancelRun", (h: RunHandle) => cancelRun(world.client, h, ROOT)],
    ["checkRun past the deadline", (h: RunHandle) => checkRun(world.client, h, ROOT)],
    ["resumeRun past the deadline", (h: RunHandle) => resumeRun(world.client, h, ROOT)],
  ])(
    "cannot make %s kill a process that is not the run's",
    async (_, end) => {
      const bystander = await world.client.createProcess(
        "vm-101",
        { path: "/bin/sleep", arguments: "300" },
        ROOT,
      );
      const handle = await startRun(world.client, {
        vm: "web-01",
        path: "/bin/sleep",
        args: ["300"],
        timeout: 1,
        credentials: ROOT,
      });
      await sleep(20);
      const edited = parseRunHandle({ ...JSON.parse(serializeRunHandle(handle)), pid: bystander });

      await expect(end(edited)).rejects.toMatchObject({
        name: "InvalidRunHandleError",
        field: "pid",
        message: expect.stringMatching(
          new RegExp(
            `process ${bystander} in vm-101 is not run ${handle.runId}.*nothing was terminated`,
          ),
        ),
      });
      const status = await world.client.getProcess("vm-101", bystander, ROOT);
      expect(status.exitCode).toBeUndefined();

      await world.client.deleteProcess("vm-101", bystander, ROOT);
      expect(await resumeRun(world.client, handle, ROOT)).toMatchObject({ status: "timed_out" });
      expect(await world.sim.inventory.tempFiles("vm-101")).toEqual([]);
    },
    60_000,
  );
});
