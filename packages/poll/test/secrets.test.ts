import { inspect } from "node:util";
import { createClient, type FetchLike } from "@guestops/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { resumeRun } from "../src/resume-run.js";
import { serializeRunHandle } from "../src/run-handle.js";
import { runProcess } from "../src/run-process.js";
import { startRun } from "../src/start-run.js";
import { waitForProcess } from "../src/wait-for-process.js";
import { startWorld, type World } from "./world.js";

// Every error this package throws or puts in a result, serialised every way a log might, must
// carry neither the guest password nor the vCenter password.
const GUEST_SECRET = "guest-pa55-7f3e9";
const VC_SECRET = "vcenter-pa55-2b8d1";
const credentials = { type: "password", username: "root", password: GUEST_SECRET } as const;

let world: World;
beforeAll(async () => {
  world = await startWorld({
    users: [{ username: "administrator@vsphere.local", password: VC_SECRET }],
    retentionMs: 100,
    inventory: {
      vms: [
        { id: "vm-1", name: "web", guestUsers: [{ username: "root", password: GUEST_SECRET }] },
        { id: "vm-2", name: "off", powerState: "POWERED_OFF" },
      ],
    },
  });
});
afterAll(() => world.stop());

const client = (fetch?: FetchLike) =>
  createClient({
    url: world.sim.url,
    username: "administrator@vsphere.local",
    password: VC_SECRET,
    ...(fetch === undefined ? {} : { fetch }),
  });

function expectNoSecret(value: unknown) {
  for (const text of [
    JSON.stringify(value),
    inspect(value, { depth: Number.POSITIVE_INFINITY }),
    String(value),
    value instanceof Error ? (value.stack ?? "") : "",
  ]) {
    expect(text).not.toContain(GUEST_SECRET);
    expect(text).not.toContain(VC_SECRET);
  }
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("no secret in errors, results or handles", () => {
  test("WaitTimeoutError", async () => {
    const c = client();
    const pid = await c.createProcess("vm-1", { path: "/bin/sleep", arguments: "5" }, credentials);
    const error = await caught(
      waitForProcess(c, { vm: "vm-1", pid, credentials }, { timeout: 300 }),
    );
    expect(error).toMatchObject({ name: "WaitTimeoutError" });
    expectNoSecret(error);
  });

  test("ProcessLostError, in a result", async () => {
    const c = client();
    const handle = await startRun(c, { vm: "web", path: "/bin/true", capture: false, credentials });
    await new Promise((resolve) => setTimeout(resolve, 800));
    const result = await resumeRun(c, handle, credentials);
    expect(result.error).toMatchObject({ name: "ProcessLostError" });
    expectNoSecret(result);
    expectNoSecret(result.error);
  });

  test("CreateOutcomeUnknownError", async () => {
    const lossy: FetchLike = async (request, init) => {
      if (request.url.includes("guest/processes?action=create")) {
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }),
        });
      }
      return fetch(request, init);
    };
    const error = await caught(
      runProcess(client(lossy), { vm: "web", path: "/bin/true", credentials }),
    );
    expect(error).toMatchObject({ name: "CreateOutcomeUnknownError" });
    expectNoSecret(error);
  }, 30_000);

  test("VmNotReadyError", async () => {
    const error = await caught(runProcess(client(), { vm: "off", path: "/bin/true", credentials }));
    expect(error).toMatchObject({ name: "VmNotReadyError" });
    expectNoSecret(error);
  });

  test("InvalidRequestError from the request checks", async () => {
    const error = await caught(
      runProcess(client(), { vm: "web", path: "/bin/true", timeout: -1, credentials }),
    );
    expect(error).toMatchObject({ name: "InvalidRequestError" });
    expectNoSecret(error);
  });

  test("a failed_to_start result", async () => {
    world.sim.faults.set({ failToStart: 1 });
    const result = await runProcess(client(), { vm: "web", path: "/bin/true", credentials });
    expect(result.status).toBe("failed_to_start");
    expectNoSecret(result);
  });

  test("a serialised run handle", async () => {
    const c = client();
    const handle = await startRun(c, { vm: "web", path: "/bin/true", stdin: "x", credentials });
    expectNoSecret(serializeRunHandle(handle));
    await resumeRun(c, handle, credentials);
  });
});
