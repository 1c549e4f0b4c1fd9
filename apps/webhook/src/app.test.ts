import { describe, expect, test } from "vitest";
import { createHarness, GUEST_PASSWORD, SECRET } from "../test/harness.js";

describe("routes", () => {
  test("answers /healthz without a signature and without secrets", async () => {
    const { app } = createHarness();
    const response = await app.request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test.each([
    ["GET", "/"],
    ["GET", "/run"],
    ["POST", "/healthz/x"],
    ["GET", "/runs/a/b"],
  ])("answers %s %s with 404", async (method, path) => {
    const { send } = createHarness();
    const response = await send(method, path);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not_found" });
  });

  test.each([
    ["GET", "/runs", "POST"],
    ["PUT", "/runs", "POST"],
    ["POST", "/runs/r1.x.y", "GET, DELETE"],
    ["PATCH", "/runs/r1.x.y", "GET, DELETE"],
  ])("answers a signed %s %s with 405 and Allow", async (method, path, allow) => {
    const { send } = createHarness();
    const response = await send(method, path);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
  });

  test("asks for a signature before saying which methods exist", async () => {
    const { app } = createHarness();
    expect((await app.request("/runs", { method: "PUT" })).status).toBe(401);
  });

  test("sends a request id with every answer", async () => {
    const { app } = createHarness({ requestId: () => "req-1" });
    expect((await app.request("/healthz")).headers.get("x-request-id")).toBe("req-1");
  });
});

describe("request logs", () => {
  test("writes one line per request with route, status, vm, pid and duration", async () => {
    const { startRun, logs } = createHarness();
    await startRun({ vm: "web-01", path: "/bin/echo" });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      method: "POST",
      route: "/runs",
      status: 202,
      vm: "vm-7",
      pid: 1000,
      run: "running",
    });
    expect(typeof logs[0]?.durationMs).toBe("number");
    expect(typeof logs[0]?.id).toBe("string");
  });

  test("logs the reason of a rejection", async () => {
    const { app, startRun, logs } = createHarness();
    await app.request("/runs", { method: "POST", body: "{}" });
    await startRun({ vm: "db-01", path: "/bin/echo" });
    expect(logs.map((log) => [log.status, log.reason])).toEqual([
      [401, "signature"],
      [403, "policy"],
    ]);
  });

  test("logs the route pattern, never the run id", async () => {
    const { startRun, send, logs } = createHarness();
    const { id } = await (await startRun({ vm: "web-01", path: "/bin/echo" })).json();
    await send("GET", `/runs/${id}`);
    expect(logs[1]?.route).toBe("/runs/:id");
    expect(JSON.stringify(logs)).not.toContain(id);
  });

  test("never logs a secret, a body or captured output", async () => {
    const lines: string[] = [];
    const { createJsonLogger } = await import("./logger.js");
    const harness = createHarness({ logger: createJsonLogger((line) => lines.push(line)) });
    const { id, pid } = await (
      await harness.startRun({ vm: "web-01", path: "/bin/echo", arguments: ["body-marker"] })
    ).json();
    harness.runner.finish(pid, { stdout: "output-marker", stderr: "stderr-marker" });
    await harness.send("GET", `/runs/${id}`);
    const text = lines.join("\n");
    for (const needle of [
      SECRET,
      GUEST_PASSWORD,
      "body-marker",
      "output-marker",
      "stderr-marker",
      "signature",
    ]) {
      expect(text).not.toContain(needle);
    }
    expect(lines.every((line) => JSON.parse(line).msg === "request")).toBe(true);
  });
});

describe("odd input", () => {
  test.each([
    ["a bad percent-escape", "/runs/%E0%A4%A"],
    ["a lone percent sign", "/runs/%"],
    ["a very long id", `/runs/r1.${"A".repeat(20_000)}.x`],
    ["unicode in the id", "/runs/r1.é.☃"],
    ["an encoded slash", "/runs/r1.a%2Fb.c"],
  ])("answers %s without a 500", async (_, path) => {
    const { send, runner } = createHarness();
    const response = await send("GET", path);
    expect(response.status).toBeLessThan(500);
    expect(runner.calls).toEqual([]);
  });

  test("answers a signature header with non-ASCII text with 401", async () => {
    const { app } = createHarness();
    const response = await app.request("/runs", {
      method: "POST",
      body: "{}",
      headers: { "x-guestops-timestamp": "1", "x-guestops-signature": "v1=é" },
    });
    expect(response.status).toBe(401);
  });
});
