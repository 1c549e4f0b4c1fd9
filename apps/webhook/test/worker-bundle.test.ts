import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Simulator } from "@guestops/simulator";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { unstable_readConfig } from "wrangler";
import { signRequest } from "../src/signature.js";
import { freshTimestamps } from "./fresh-timestamps.js";
import { SECRET, signed } from "./harness.js";
import { startSimulatorEnv } from "./simulator-env.js";
import { bundlePath } from "./test-bundles.js";

const WORKER_BUNDLE = bundlePath("worker.mjs");

/**
 * The deployment's own wrangler.toml, read and validated by wrangler (offline): the tests run the
 * bundle with its compatibility settings and its Durable Object bindings, so a wrong binding or
 * class name there fails them.
 */
const WRANGLER = unstable_readConfig({
  config: fileURLToPath(new URL("../wrangler.toml", import.meta.url)),
});

/** The worker options wrangler.toml gives, with `bindings` as the env. */
const workerOptions = (bindings: Record<string, string>) => ({
  modules: true,
  scriptPath: WORKER_BUNDLE,
  compatibilityDate: WRANGLER.compatibility_date,
  compatibilityFlags: WRANGLER.compatibility_flags,
  bindings,
});

/** wrangler.toml's Durable Object bindings, with their classes in worker `scriptName` if given. */
const stateBindings = (scriptName?: string) =>
  Object.fromEntries(
    WRANGLER.durable_objects.bindings.map((binding: { name: string; class_name: string }) => [
      binding.name,
      {
        className: binding.class_name,
        useSQLite: WRANGLER.migrations.some((m: { new_sqlite_classes?: string[] }) =>
          m.new_sqlite_classes?.includes(binding.class_name),
        ),
        ...(scriptName === undefined ? {} : { scriptName }),
      },
    ]),
  );

/** Starts dist/worker.mjs in workerd (miniflare), with `bindings` as its env and no state binding. */
export function startWorker(bindings: Record<string, string>): Miniflare {
  return new Miniflare(
    convertV4MiniflareOptions({ host: "127.0.0.1", ...workerOptions(bindings) }),
  );
}

/**
 * Two Workers of the same bundle, `a` and `b`, each in an isolate of its own, both bound as
 * wrangler.toml binds them, to the Durable Object class that `a` exports: the shape of a
 * deployment whose requests land on different isolates.
 */
export function startTwoIsolates(bindings: Record<string, string>): Miniflare {
  return new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      workers: [
        { name: "a", ...workerOptions(bindings), durableObjects: stateBindings() },
        { name: "b", ...workerOptions(bindings), durableObjects: stateBindings("a") },
      ],
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

  test("is what wrangler.toml deploys, with the state store bound", () => {
    expect(WRANGLER.main).toBe(fileURLToPath(new URL("../dist/worker.mjs", import.meta.url)));
    expect(WRANGLER.no_bundle).toBe(true);
    expect(WRANGLER.durable_objects.bindings).toEqual([
      { name: "GUESTOPS_STATE", class_name: "GuestopsState" },
    ]);
  });

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

describe("dist/worker.mjs in two workerd isolates sharing the GuestopsState Durable Object", () => {
  let sim: Simulator;
  let workers: Miniflare;
  let isolates: {
    fetch(url: string, init: RequestInit): Promise<{ status: number; json(): Promise<unknown> }>;
  }[];
  const fresh = freshTimestamps();

  beforeAll(async () => {
    const started = await startSimulatorEnv({ tls: false });
    sim = started.sim;
    workers = startTwoIsolates(started.env);
    await workers.ready;
    isolates = [
      await workers.getWorker("a"),
      await workers.getWorker("b"),
    ] as unknown as typeof isolates;
  });
  afterAll(async () => {
    await workers?.dispose();
    await sim?.stop();
  });

  test("refuses in one isolate a request already seen by the other (replay)", async () => {
    const before = sim.stats.callsOf("createProcess");
    const init = await signed("POST", "/runs", {
      body: JSON.stringify({ vm: "web-01", path: "/bin/echo", arguments: ["replayed?"] }),
      timestamp: fresh(),
    });
    const first = await isolates[0]?.fetch("http://webhook.example/runs", init);
    const replayed = await isolates[1]?.fetch("http://webhook.example/runs", init);
    expect([first?.status, replayed?.status]).toEqual([202, 401]);
    expect(await replayed?.json()).toMatchObject({ message: expect.stringMatching(/replay/i) });
    expect(sim.stats.callsOf("createProcess")).toBe(before + 1);
  });

  test("starts one program for 50 concurrent deliveries of one Idempotency-Key across both", async () => {
    const before = sim.stats.callsOf("createProcess");
    const body = JSON.stringify({ vm: "web-02", path: "/bin/echo", arguments: ["once"] });
    // A sender's redeliveries are signed anew: distinct timestamps, so none is a replay.
    const responses = await Promise.all(
      Array.from({ length: 50 }, async (_, i) =>
        isolates[i % 2]?.fetch(
          "http://webhook.example/runs",
          await signed("POST", "/runs", {
            body,
            timestamp: fresh(),
            headers: { "idempotency-key": "workers-deploy-1" },
          }),
        ),
      ),
    );
    const statuses = responses.map((response) => response?.status);
    expect(statuses.every((status) => status === 202 || status === 409)).toBe(true);
    const ids = new Set<string>();
    for (const response of responses) {
      if (response?.status === 202) ids.add(((await response.json()) as { id: string }).id);
    }
    expect(ids.size).toBe(1);
    expect(sim.stats.callsOf("createProcess")).toBe(before + 1);
  });
});
