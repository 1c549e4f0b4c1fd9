import { describe, expect, test } from "vitest";
import { createHarness, GUEST_PASSWORD, signed } from "../test/harness.js";
import { RunnerError } from "./runner.js";

const echo = { vm: "web-01", path: "/bin/echo", arguments: ["hello"] };

describe("POST /runs", () => {
  test("starts the program and answers 202 with a signed id at once", async () => {
    const { startRun, runner } = createHarness();
    const response = await startRun(echo);
    expect(response.status).toBe(202);
    const body = await response.json();
    expect(body).toMatchObject({ vm: "vm-7", vmName: "web-01", pid: 1000, status: "running" });
    expect(body.id).toMatch(/^r1\.[\w-]+\.[\w-]+$/);
    expect(response.headers.get("location")).toBe(`/runs/${body.id}`);
    expect(runner.starts[0]).toMatchObject({
      vm: { id: "vm-7" },
      path: "/bin/echo",
      arguments: ["hello"],
      capture: true,
    });
  });

  test("uses the guest login from configuration, never from the caller", async () => {
    const { startRun, runner } = createHarness();
    await startRun(echo);
    expect(runner.starts[0]?.credentials).toEqual({
      type: "password",
      username: "guest",
      password: GUEST_PASSWORD,
    });
  });

  test("never puts a secret into the response or the run id", async () => {
    const { startRun } = createHarness();
    const text = await (await startRun(echo)).text();
    const id = JSON.parse(text).id as string;
    const payload = atob(id.split(".")[1]?.replaceAll("-", "+").replaceAll("_", "/") ?? "");
    for (const secret of [GUEST_PASSWORD, "test-secret"]) {
      expect(text).not.toContain(secret);
      expect(payload).not.toContain(secret);
    }
  });

  test("defaults the run's deadline to the policy's maxTimeoutMs", async () => {
    const { startRun, runner, clock } = createHarness();
    const body = await (await startRun(echo)).json();
    expect(runner.starts[0]?.timeoutMs).toBe(600_000);
    expect(Date.parse(body.deadline)).toBe(clock.now + 600_000);
  });

  test("accepts a vm given by id", async () => {
    const { startRun } = createHarness();
    const response = await startRun({
      vm: "vm-42",
      path: "/usr/bin/systemctl",
      arguments: ["status"],
    });
    expect(response.status).toBe(202);
  });

  test.each([
    ["a body that is not JSON", "{nope", "body", "not valid JSON"],
    ["a JSON array", "[]", "body", "JSON object"],
    ["a missing vm", JSON.stringify({ path: "/bin/echo" }), "vm", "vm is required"],
    ["a missing path", JSON.stringify({ vm: "web-01" }), "path", "path is required"],
    ["null", "null", "body", "JSON object"],
    [
      "a vm that is not a string",
      JSON.stringify({ vm: 7, path: "/bin/echo" }),
      "vm",
      "must be a string",
    ],
    ["an empty path", JSON.stringify({ vm: "web-01", path: "" }), "path", "must not be empty"],
    [
      "arguments that are not strings",
      JSON.stringify({ ...echo, arguments: ["a", 1] }),
      "arguments[1]",
      "string",
    ],
    [
      "an env name that is not a variable name",
      JSON.stringify({ ...echo, env: { "A=B": "x" } }),
      'env["A=B"]',
      "variable name",
    ],
    [
      "an env value that is not a string",
      JSON.stringify({ ...echo, env: { A: 1 } }),
      "env.A",
      "string",
    ],
    [
      "a fractional timeoutMs",
      JSON.stringify({ ...echo, timeoutMs: 1.5 }),
      "timeoutMs",
      "whole number",
    ],
    ["a zero timeoutMs", JSON.stringify({ ...echo, timeoutMs: 0 }), "timeoutMs", "at least 1"],
    ["a negative waitMs", JSON.stringify({ ...echo, waitMs: -1 }), "waitMs", "negative"],
    [
      "a capture that is not boolean",
      JSON.stringify({ ...echo, capture: "yes" }),
      "capture",
      "true or false",
    ],
    [
      "an unknown field",
      JSON.stringify({ ...echo, credentials: { password: "x" } }),
      "credentials",
      "not a known field",
    ],
    ["a misspelt field", JSON.stringify({ ...echo, args: ["x"] }), "args", "not a known field"],
    ["invalid UTF-8", "\uFFFD", "body", "not valid JSON"],
  ])("rejects %s with 400 naming the field", async (_, body, field, message) => {
    const { send, runner } = createHarness();
    const response = await send("POST", "/runs", { body });
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json).toMatchObject({ error: "bad_request", field });
    expect(json.message).toContain(message);
    expect(runner.calls).toEqual([]);
  });

  test("rejects bytes that are not UTF-8 with 400", async () => {
    const { app, runner } = createHarness();
    const init = await signed("POST", "/runs", { body: "x" });
    const { signRequest } = await import("./signature.js");
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
    init.headers["x-guestops-signature"] = await signRequest({
      secret: "test-secret-0123456789abcdef0123456789",
      timestamp: init.headers["x-guestops-timestamp"] ?? "",
      method: "POST",
      path: "/runs",
      body: bytes,
    });
    const response = await app.request("/runs", { ...init, body: bytes });
    expect(response.status).toBe(400);
    expect(runner.calls).toEqual([]);
  });

  test.each([
    ["text/plain", "text/plain"],
    ["form data", "application/x-www-form-urlencoded"],
    ["a JSON look-alike", "application/jsonp"],
  ])("rejects %s with 415", async (_, contentType) => {
    const { send, runner } = createHarness();
    const response = await send("POST", "/runs", {
      body: JSON.stringify(echo),
      headers: { "content-type": contentType },
    });
    expect(response.status).toBe(415);
    expect(runner.starts).toHaveLength(0);
  });

  test("rejects a request without a content type with 415", async () => {
    const { app, runner } = createHarness();
    const init = await signed("POST", "/runs", { body: JSON.stringify(echo) });
    delete init.headers["content-type"];
    const response = await app.request("/runs", {
      ...init,
      body: new TextEncoder().encode(JSON.stringify(echo)),
    });
    expect(response.status).toBe(415);
    expect(runner.calls).toEqual([]);
  });

  test("accepts application/json with a charset", async () => {
    const { send } = createHarness();
    const response = await send("POST", "/runs", {
      body: JSON.stringify(echo),
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    expect(response.status).toBe(202);
  });
});

describe("POST /runs policy", () => {
  test.each([
    [
      "a vm name outside the globs",
      { vm: "db-01", path: "/bin/echo" },
      'vm "db-01" is not allowed',
    ],
    ["a vm id that is not listed", { vm: "vm-9", path: "/bin/echo" }, 'vm "vm-9" is not allowed'],
    [
      "a program that is not listed",
      { vm: "web-01", path: "/bin/sh" },
      'program "/bin/sh" is not allowed',
    ],
    [
      "a program path that only resembles a listed one",
      { vm: "web-01", path: "/bin/../bin/echo" },
      "program",
    ],
    [
      "a timeout over the policy's maximum",
      { ...echo, timeoutMs: 600_001 },
      "exceeds the policy's maxTimeoutMs",
    ],
    ["env when the policy forbids it", { ...echo, env: { PATH: "/tmp" } }, "env is not allowed"],
    [
      "a working directory when the policy forbids it",
      { ...echo, workingDirectory: "/tmp" },
      "workingDirectory is not allowed",
    ],
  ])("denies %s with 403 and the reason, before any vCenter call", async (_, body, reason) => {
    const { startRun, runner } = createHarness();
    const response = await startRun(body);
    expect(response.status).toBe(403);
    const json = await response.json();
    expect(json).toMatchObject({ error: "forbidden" });
    expect(json.message).toContain(reason);
    expect(runner.calls).toEqual([]);
  });

  test("denies a name that resolves to a VM the policy does not list, before starting", async () => {
    const { startRun, runner } = createHarness({
      policy: { vms: ["vm-42", "*-01"], programs: ["/bin/echo"], maxTimeoutMs: 1000 },
    });
    // "mail-01" matches the glob, and resolves to vm-9, which is fine; a VM whose name is a glob
    // match only before resolution is what the second check is for:
    runner.resolveVm = async () => ({ id: "vm-666", name: "evil" });
    const response = await startRun({ vm: "mail-01", path: "/bin/echo" });
    expect(response.status).toBe(403);
    expect((await response.json()).message).toContain("(vm-666) is not allowed");
    expect(runner.starts).toHaveLength(0);
  });

  test("allows env and working directory when the policy does", async () => {
    const { startRun, runner } = createHarness({
      policy: {
        ...{ vms: ["web-*"], programs: ["/bin/echo"], maxTimeoutMs: 1000 },
        allowEnv: true,
        allowWorkingDirectory: true,
      },
    });
    const response = await startRun({ ...echo, env: { LANG: "C" }, workingDirectory: "/tmp" });
    expect(response.status).toBe(202);
    expect(runner.starts[0]).toMatchObject({ env: { LANG: "C" }, workingDirectory: "/tmp" });
  });

  test("denies everything with an empty policy", async () => {
    const { startRun, runner } = createHarness({
      policy: { vms: [], programs: [], maxTimeoutMs: 1 },
    });
    expect((await startRun(echo)).status).toBe(403);
    expect(runner.calls).toEqual([]);
  });

  test("answers 403 when no guest login is configured for the VM", async () => {
    const { createGuestCredentialsResolver } = await import("./guest-credentials.js");
    const { startRun, runner } = createHarness({
      guestCredentials: createGuestCredentialsResolver(
        undefined,
        undefined,
        '[{"vms":["web-02"],"username":"u","password":"p"}]',
      ),
    });
    const response = await startRun(echo);
    expect(response.status).toBe(403);
    expect((await response.json()).message).toContain("no guest credentials");
    expect(runner.starts).toHaveLength(0);
  });
});

describe("POST /runs failures", () => {
  test.each([
    ["not_found", 404],
    ["failed_to_start", 422],
    ["invalid_request", 422],
    ["vm_unavailable", 503],
    ["guest_auth_failed", 502],
    ["vcenter_error", 502],
    ["vcenter_unreachable", 504],
  ] as const)("maps a runner %s to %i with its message", async (code, status) => {
    const { startRun, runner } = createHarness();
    runner.failNext("start", new RunnerError(code, `it went wrong: ${code}`));
    const response = await startRun(echo);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({
      reason: code,
      message: `it went wrong: ${code}`,
    });
  });

  test("answers 404 for a VM that does not exist", async () => {
    const { startRun } = createHarness();
    const response = await startRun({ vm: "web-99", path: "/bin/echo" });
    expect(response.status).toBe(404);
  });

  test("answers an unexpected error with a bare 500 that leaks nothing", async () => {
    const { startRun, runner } = createHarness();
    runner.failNext("start", new Error(`password=${GUEST_PASSWORD}`));
    const response = await startRun(echo);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(GUEST_PASSWORD);
  });
});

describe("POST /runs with waitMs", () => {
  test("answers 200 with the result when the run ends within waitMs", async () => {
    const { startRun, runner } = createHarness();
    const original = runner.check.bind(runner);
    let checks = 0;
    runner.check = async (handle, credentials) => {
      if (++checks === 2) runner.finish(1000, { stdout: "hello\n" });
      return original(handle, credentials);
    };
    const response = await startRun({ ...echo, waitMs: 5_000 });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "exited",
      exitCode: 0,
      stdout: "hello\n",
      truncated: false,
    });
  });

  test("answers 202 when the run is still going when waitMs runs out", async () => {
    const { startRun, clock } = createHarness();
    const before = clock.now;
    const response = await startRun({ ...echo, waitMs: 3_000 });
    expect(response.status).toBe(202);
    expect(clock.now - before).toBe(3_000);
  });

  test("caps waitMs at the configured maximum", async () => {
    const { startRun, clock } = createHarness({ maxWaitMs: 1_000 });
    const before = clock.now;
    await startRun({ ...echo, waitMs: 60_000 });
    expect(clock.now - before).toBe(1_000);
  });
});
