import { describe, expect, test } from "vitest";
import { createHarness, OLD_SECRET, START, signed } from "../test/harness.js";
import { signRequest } from "./signature.js";

const body = JSON.stringify({ vm: "web-01", path: "/bin/echo" });
const now = Math.floor(START / 1000);

describe("request signatures", () => {
  test.each([
    ["no timestamp header", { "x-guestops-timestamp": "" }, "missing x-guestops-timestamp header"],
    ["no signature header", { "x-guestops-signature": "" }, "missing x-guestops-signature header"],
    [
      "a timestamp that is not unix seconds",
      { "x-guestops-timestamp": "2026-01-01T00:00:00Z" },
      "unix time",
    ],
    [
      "a signature without the v1= scheme",
      { "x-guestops-signature": "deadbeef" },
      "v1=<64 hex digits>",
    ],
    [
      "a signature of the wrong length",
      { "x-guestops-signature": "v1=abcd" },
      "v1=<64 hex digits>",
    ],
    [
      "a signature by an unknown secret",
      { "x-guestops-signature": `v1=${"0".repeat(64)}` },
      "does not match",
    ],
  ])("rejects a request with %s with 401", async (_, headers, message) => {
    const { app, runner } = createHarness();
    const init = await signed("POST", "/runs", { body, timestamp: now });
    for (const [name, value] of Object.entries(headers)) {
      if (value === "") delete init.headers[name];
      else init.headers[name] = value;
    }
    const response = await app.request("/runs", init);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: "unauthorized",
      message: expect.stringContaining(message),
    });
    expect(runner.calls).toEqual([]);
  });

  test.each([
    ["older than 300 s", now - 301, "in the past"],
    ["more than 300 s in the future", now + 301, "in the future"],
  ])("rejects a timestamp %s", async (_, timestamp, message) => {
    const { app, runner } = createHarness();
    const response = await app.request("/runs", await signed("POST", "/runs", { body, timestamp }));
    expect(response.status).toBe(401);
    expect((await response.json()).message).toContain(message);
    expect(runner.calls).toEqual([]);
  });

  test("accepts timestamps at the edges of the 300 s window", async () => {
    const { app } = createHarness();
    for (const timestamp of [now - 300, now + 300]) {
      const response = await app.request(
        "/runs",
        await signed("POST", "/runs", { body, timestamp }),
      );
      expect(response.status).toBe(202);
    }
  });

  test.each([
    ["the body", { body: body.replace("web-01", "web-02") }],
    ["the method", { method: "PUT" }],
    ["the path", { path: "/runs?x=1" }],
  ])("rejects a signature when %s was changed after signing", async (_, change) => {
    const { app, runner } = createHarness();
    const init = await signed("POST", "/runs", { body, timestamp: now });
    const tampered = { ...init, ...("body" in change ? { body: change.body } : {}) };
    const method = "method" in change ? change.method : "POST";
    const path = "path" in change ? change.path : "/runs";
    const response = await app.request(path, { ...tampered, method });
    expect([401, 405]).toContain(response.status);
    if (response.status === 401)
      expect((await response.json()).message).toBe("signature does not match");
    expect(runner.calls).toEqual([]);
  });

  test("signs the path with its query string", async () => {
    const { app } = createHarness();
    const path = "/runs?source=chatops";
    const response = await app.request(path, await signed("POST", path, { body, timestamp: now }));
    expect(response.status).toBe(202);
  });

  test("accepts every secret of a rotation, old and new", async () => {
    const { app } = createHarness();
    const fresh = await app.request(
      "/runs",
      await signed("POST", "/runs", { body, timestamp: now }),
    );
    const old = await app.request(
      "/runs",
      await signed("POST", "/runs", { body, timestamp: now - 1, secret: OLD_SECRET }),
    );
    expect([fresh.status, old.status]).toEqual([202, 202]);
  });

  test("rejects a secret that was rotated out", async () => {
    const { app } = createHarness({ secrets: ["new-secret-0123456789abcdef0123456789"] });
    const response = await app.request(
      "/runs",
      await signed("POST", "/runs", { body, secret: OLD_SECRET }),
    );
    expect(response.status).toBe(401);
  });

  test("rejects a replayed request and starts nothing the second time", async () => {
    const { app, runner } = createHarness();
    const init = await signed("POST", "/runs", { body, timestamp: now });
    const first = await app.request("/runs", init);
    const replay = await app.request("/runs", init);
    expect(first.status).toBe(202);
    expect(replay.status).toBe(401);
    expect((await replay.json()).message).toContain("replay");
    expect(runner.starts).toHaveLength(1);
  });

  test("rejects a replay for as long as its timestamp is acceptable", async () => {
    const { app, clock } = createHarness();
    const init = await signed("GET", "/runs/x", { timestamp: now + 300 });
    await app.request("/runs/x", init);
    clock.now += 599_000;
    expect((await app.request("/runs/x", init)).status).toBe(401);
    clock.now += 2_000;
    const late = await app.request("/runs/x", init);
    expect((await late.json()).message).toContain("in the past");
  });

  test("checks the signature before the content type or the JSON", async () => {
    const { app } = createHarness();
    const response = await app.request("/runs", {
      method: "POST",
      body: "not json",
      headers: { "content-type": "text/plain" },
    });
    expect(response.status).toBe(401);
  });

  test("signs the exact bytes of the body, not a re-serialisation", async () => {
    const { app } = createHarness();
    const spaced = '{ "vm" : "web-01",  "path": "/bin/echo" }';
    const signature = await signRequest({
      secret: OLD_SECRET,
      timestamp: now,
      method: "POST",
      path: "/runs",
      body: spaced,
    });
    const response = await app.request("/runs", {
      method: "POST",
      body: spaced,
      headers: {
        "content-type": "application/json",
        "x-guestops-timestamp": String(now),
        "x-guestops-signature": signature,
      },
    });
    expect(response.status).toBe(202);
  });

  test("answers 503 and starts nothing when the replay store is down", async () => {
    const broken = {
      setIfAbsent: () => Promise.reject(new Error("redis://:hunter2@redis:6379 ECONNREFUSED")),
      set: () => Promise.reject(new Error("down")),
      get: () => Promise.reject(new Error("down")),
      delete: () => Promise.reject(new Error("down")),
    };
    const { app, runner } = createHarness({ store: broken });
    const response = await app.request("/runs", await signed("POST", "/runs", { body }));
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain("hunter2");
    expect(runner.calls).toEqual([]);
  });
});

describe("body size", () => {
  test("rejects a body over 64 KiB with 413 before checking the signature", async () => {
    const { app, runner } = createHarness();
    const big = JSON.stringify({
      vm: "web-01",
      path: "/bin/echo",
      arguments: ["x".repeat(70_000)],
    });
    const response = await app.request("/runs", await signed("POST", "/runs", { body: big }));
    expect(response.status).toBe(413);
    expect(runner.calls).toEqual([]);
  });

  test("rejects a chunked body over 64 KiB that declares no length", async () => {
    const { app } = createHarness();
    const chunk = new Uint8Array(16_384);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const init = await signed("POST", "/runs", { body: "{}" });
    const response = await app.request("/runs", {
      ...init,
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(10);
  });

  test("accepts a body of exactly 64 KiB as far as size goes", async () => {
    const { app } = createHarness();
    const prefix = '{"vm":"web-01","path":"/bin/echo","arguments":["';
    const suffix = '"]}';
    const exact = prefix + "x".repeat(65_536 - prefix.length - suffix.length) + suffix;
    const response = await app.request("/runs", await signed("POST", "/runs", { body: exact }));
    expect(response.status).toBe(202);
  });
});
