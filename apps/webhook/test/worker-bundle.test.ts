import { statSync } from "node:fs";
import type { Simulator } from "@guestops/simulator";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signRequest } from "../src/signature.js";
import { freshTimestamps } from "./fresh-timestamps.js";
import { SECRET } from "./harness.js";
import { startSimulatorEnv } from "./simulator-env.js";
import { bundlePath } from "./test-bundles.js";

const WORKER_BUNDLE = bundlePath("worker.mjs");

/** Starts dist/worker.mjs in workerd (miniflare), with `bindings` as its env. */
export function startWorker(bindings: Record<string, string>): Miniflare {
  return new Miniflare(
    convertV4MiniflareOptions({
      modules: true,
      scriptPath: WORKER_BUNDLE,
      compatibilityDate: "2025-09-01",
      compatibilityFlags: ["nodejs_compat"],
      host: "127.0.0.1",
      bindings,
    }),
  );
}

describe("dist/worker.mjs in workerd", () => {
  let sim: Simulator;
  let env: Record<string, string>;
  let worker: Miniflare;
  const fresh = freshTimestamps();

  beforeAll(async () => {
    // Workers cannot trust a private CA: the simulator speaks plain HTTP on loopback here.
    ({ sim, env } = await startSimulatorEnv({ tls: false }));
    worker = startWorker(env);
    await worker.ready;
  });
  afterAll(async () => {
    await worker?.dispose();
    await sim?.stop();
  });

  const send = async (method: string, path: string, body = "") => {
    const timestamp = fresh();
    const signature = await signRequest({ secret: SECRET, timestamp, method, path, body });
    const response = await worker.dispatchFetch(`http://webhook.example${path}`, {
      method,
      headers: {
        "x-guestops-timestamp": String(timestamp),
        "x-guestops-signature": signature,
        ...(body === "" ? {} : { "content-type": "application/json" }),
      },
      ...(body === "" ? {} : { body }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  test("is one self-contained module of at most 150 KB", () => {
    expect(statSync(WORKER_BUNDLE).size).toBeLessThanOrEqual(150 * 1024);
  });

  test("answers /healthz", async () => {
    const response = await worker.dispatchFetch("http://webhook.example/healthz");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("starts a program in the simulator and reports its output", async () => {
    const result = await send(
      "POST",
      "/runs",
      JSON.stringify({
        vm: "web-01",
        path: "/bin/echo",
        arguments: ["from workerd"],
        waitMs: 10_000,
      }),
    );
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ status: "exited", exitCode: 0, stdout: "from workerd\n" });
  });

  test("starts, then looks up and terminates a run by its id", async () => {
    const started = await send(
      "POST",
      "/runs",
      JSON.stringify({ vm: "web-02", path: "/bin/sleep", arguments: ["30"] }),
    );
    expect(started.status).toBe(202);
    const looked = await send("GET", `/runs/${started.json.id}`);
    expect(looked.json.status).toBe("running");
    const deleted = await send("DELETE", `/runs/${started.json.id}`);
    expect(deleted.json).toMatchObject({ status: "exited", cancelled: true });
  });

  test.each([
    [
      "an unsigned request",
      async () =>
        (await worker.dispatchFetch("http://webhook.example/runs", { method: "POST", body: "{}" }))
          .status,
      401,
    ],
    [
      "a denied VM",
      async () =>
        (await send("POST", "/runs", JSON.stringify({ vm: "db-01", path: "/bin/echo" }))).status,
      403,
    ],
    ["a tampered id", async () => (await send("GET", "/runs/r1.e30.AAAA")).status, 400],
  ])("rejects %s", async (_, call, status) => {
    expect(await call()).toBe(status);
  });

  test("answers 500 naming the variable when the configuration is incomplete", async () => {
    const { WEBHOOK_POLICY: _, ...incomplete } = env;
    const broken = startWorker(incomplete);
    try {
      const response = await broken.dispatchFetch("http://webhook.example/healthz");
      expect(response.status).toBe(500);
      expect(((await response.json()) as { message: string }).message).toContain(
        "WEBHOOK_POLICY is missing",
      );
    } finally {
      await broken.dispose();
    }
  });
});
