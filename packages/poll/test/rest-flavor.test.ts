import { isInvalidRequestError } from "@guestops/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runProcess } from "../src/run-process.js";
import { REST_FLAVOR_NOTE } from "../src/start-run.js";
import { ROOT, startWorld, type World } from "./world.js";

let world: World;
beforeAll(async () => {
  world = await startWorld({ flavor: "rest" });
});
afterAll(() => world.stop());

describe("a /rest vCenter (vSphere 7.0 / 7.0 U1, no guest file API)", () => {
  test("still runs programs and reports exit codes, and says plainly that output was not captured", async () => {
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/sh",
      args: ["-c", "echo lost; exit 6"],
      credentials: ROOT,
    });
    expect(result).toMatchObject({
      status: "exited",
      exitCode: 6,
      stdout: "",
      outputCaptured: false,
      outputNote: REST_FLAVOR_NOTE,
    });
    expect(world.client.flavor()).toBe("rest");
  });

  test("still kills on timeout", async () => {
    const result = await runProcess(world.client, {
      vm: "web-01",
      path: "/bin/sleep",
      args: ["30"],
      timeout: 500,
      credentials: ROOT,
    });
    expect(result).toMatchObject({ status: "timed_out", exitCode: 143 });
  }, 30_000);

  test("refuses stdin, which needs guest file transfers, before starting anything", async () => {
    const run = runProcess(world.client, {
      vm: "web-01",
      path: "/bin/cat",
      stdin: "x",
      credentials: ROOT,
    });
    await expect(run).rejects.toSatisfy(isInvalidRequestError);
    await expect(run).rejects.toThrow("stdin needs guest file transfers");
  });
});
