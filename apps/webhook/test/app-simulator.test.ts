import { DEMO_GUEST_PASSWORD, type Simulator } from "@guestops/simulator";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AppEnv } from "../src/app-env.js";
import { createNodeApp } from "../src/node-app.js";
import { freshTimestamps } from "./fresh-timestamps.js";
import { SECRET, signed } from "./harness.js";
import { startSimulatorEnv, VCENTER_PASSWORD } from "./simulator-env.js";

// The whole app (createNodeApp: config, client, poll runner, memory store) against the simulator
// over HTTPS with its own CA, through app.request().
describe("the app against the simulator", () => {
  let sim: Simulator;
  let app: Hono<AppEnv>;
  const timestamp = freshTimestamps();

  beforeAll(async () => {
    const started = await startSimulatorEnv();
    sim = started.sim;
    app = createNodeApp(started.env);
  });
  afterAll(() => sim?.stop());

  const send = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const init = await signed(method, path, {
      timestamp: timestamp(),
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const response = await app.request(path, init);
    return { status: response.status, body: await response.json() };
  };
  const vcenterCalls = () =>
    Object.values(sim.stats.calls).reduce((sum, n) => sum + n, 0) + sim.stats.logins;

  test("starts a program, then reports its exit code and output", async () => {
    const started = await send("POST", "/runs", {
      vm: "web-01",
      path: "/bin/echo",
      arguments: ["hello", "world"],
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ vm: "vm-101", vmName: "web-01", status: "running" });
    let run = started.body;
    for (let i = 0; i < 50 && run.status === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = (await send("GET", `/runs/${started.body.id}`)).body;
    }
    expect(run).toMatchObject({
      status: "exited",
      exitCode: 0,
      stdout: "hello world\n",
      stderr: "",
      truncated: false,
    });
    // Collected once, still readable.
    expect((await send("GET", `/runs/${started.body.id}`)).body.stdout).toBe("hello world\n");
  });

  test("answers 200 with the result when the run ends within waitMs", async () => {
    const response = await send("POST", "/runs", {
      vm: "vm-103",
      path: "/bin/sh",
      arguments: ["-c", "echo out; echo err >&2; exit 3"],
      waitMs: 10_000,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: "exited",
      exitCode: 3,
      stdout: "out\n",
      stderr: "err\n",
    });
  });

  test("passes arguments literally: no shell injection through them", async () => {
    const response = await send("POST", "/runs", {
      vm: "web-02",
      path: "/bin/echo",
      arguments: ["a; echo injected", "$(id)", "`id`"],
      waitMs: 10_000,
    });
    expect(response.body.stdout).toBe("a; echo injected $(id) `id`\n");
  });

  test("terminates a run past its timeoutMs and reports timed_out", async () => {
    const started = await send("POST", "/runs", {
      vm: "web-01",
      path: "/bin/sleep",
      arguments: ["30"],
      timeoutMs: 1_000,
    });
    expect(started.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    const run = (await send("GET", `/runs/${started.body.id}`)).body;
    expect(run.status).toBe("timed_out");
    const record = sim.stats.processes.find((p) => p.pid === started.body.pid);
    expect(record?.finishedAt).toBeDefined();
  });

  test("terminates a run on DELETE", async () => {
    const started = await send("POST", "/runs", {
      vm: "web-01",
      path: "/bin/sleep",
      arguments: ["30"],
    });
    const deleted = await send("DELETE", `/runs/${started.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ status: "exited", cancelled: true });
  });

  test("looks the VM up once per start, for the policy and the start alike", async () => {
    const before = sim.stats.callsOf("listVms");
    expect((await send("POST", "/runs", { vm: "web-02", path: "/bin/echo" })).status).toBe(202);
    expect(sim.stats.callsOf("listVms") - before).toBe(1);
  });

  test("answers 404 for a VM that vCenter does not know", async () => {
    const response = await send("POST", "/runs", { vm: "web-99", path: "/bin/echo" });
    expect(response.status).toBe(404);
    expect(response.body.message).toContain("web-99");
  });

  test("answers 503 for a VM whose Tools is not running, and starts nothing", async () => {
    const response = await send("POST", "/runs", { vm: "vm-301", path: "/bin/echo" });
    expect(response.status).toBe(503);
    expect(sim.stats.processes.some((p) => p.vm === "vm-301")).toBe(false);
  });

  test.each([
    ["a denied program", { vm: "web-01", path: "/usr/bin/id" }, 403],
    ["a denied VM", { vm: "db-01", path: "/bin/echo" }, 403],
    ["an unknown field", { vm: "web-01", path: "/bin/echo", user: "root" }, 400],
  ])("makes no vCenter call for %s", async (_, body, status) => {
    const before = vcenterCalls();
    expect((await send("POST", "/runs", body)).status).toBe(status);
    expect(vcenterCalls()).toBe(before);
  });

  test("makes no vCenter call for a tampered run id", async () => {
    const started = await send("POST", "/runs", { vm: "web-01", path: "/bin/echo", waitMs: 5_000 });
    const [version, payload, mac] = String(started.body.id).split(".");
    const forged = `${version}.${payload?.slice(0, -2)}AA.${mac}`;
    const before = vcenterCalls();
    expect((await send("GET", `/runs/${forged}`)).status).toBe(400);
    expect((await send("DELETE", `/runs/${forged}`)).status).toBe(400);
    expect(vcenterCalls()).toBe(before);
  });

  test("never answers with the vCenter or guest password, or the webhook secret", async () => {
    const responses = [
      await send("POST", "/runs", {
        vm: "web-01",
        path: "/bin/echo",
        arguments: ["x"],
        waitMs: 5_000,
      }),
      await send("POST", "/runs", { vm: "web-99", path: "/bin/echo" }),
    ];
    const text = JSON.stringify(responses);
    for (const secret of [VCENTER_PASSWORD, DEMO_GUEST_PASSWORD, SECRET]) {
      expect(text).not.toContain(secret);
    }
  });
});
