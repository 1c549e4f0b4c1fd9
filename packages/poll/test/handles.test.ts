import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { resumeRun } from "../src/resume-run.js";
import { parseRunHandle, serializeRunHandle } from "../src/run-handle.js";
import { startRun } from "../src/start-run.js";
import { startWorld, type World } from "./world.js";

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
