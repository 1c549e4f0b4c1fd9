import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createFakeRunner } from "../test/fake-runner.js";
import { POLICY, SECRET, signed } from "../test/harness.js";
import { hasRedisServer, type RedisServer, startRedisServer } from "../test/redis-server.js";
import { startSimulatorEnv } from "../test/simulator-env.js";
import { createApp } from "./app.js";
import { createGuestCredentialsResolver } from "./guest-credentials.js";
import { silentLogger } from "./logger.js";
import { createNodeApp } from "./node-app.js";
import { parsePolicy } from "./policy.js";
import { createRedisStore } from "./redis-store.js";
import type { Store } from "./store.js";

describe.runIf(hasRedisServer())("idempotency across instances sharing one Redis", () => {
  let server: RedisServer;
  const stores: Store[] = [];

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close?.()));
    await server?.stop();
  });

  test("never starts one key twice under 50 concurrent duplicate deliveries to two instances", async () => {
    // One fake vCenter behind both instances, slow to start, so the deliveries really overlap.
    const runner = createFakeRunner();
    const start = runner.start.bind(runner);
    runner.start = async (input) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return start(input);
    };
    const apps = [0, 1].map(() => {
      const store = createRedisStore(server.url);
      stores.push(store);
      return createApp({
        secrets: [SECRET],
        policy: parsePolicy(POLICY),
        guestCredentials: createGuestCredentialsResolver("guest", "pw", undefined),
        runner,
        store,
        logger: silentLogger,
      });
    });
    const body = JSON.stringify({ vm: "web-01", path: "/bin/echo", arguments: ["once"] });
    const now = Math.floor(Date.now() / 1000);
    // A sender's redeliveries are signed anew: distinct timestamps, so none is a replay.
    const deliveries = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const init = await signed("POST", "/runs", {
          body,
          timestamp: now - i,
          headers: { "idempotency-key": "deploy-7" },
        });
        return apps[i % 2]?.request("/runs", init);
      }),
    );
    const statuses = deliveries.map((response) => response?.status);
    expect(runner.starts).toHaveLength(1);
    expect(statuses.filter((status) => status === 202)).not.toHaveLength(0);
    expect(statuses.every((status) => status === 202 || status === 409)).toBe(true);

    const ids = new Set<string>();
    for (const response of deliveries)
      if (response?.status === 202) ids.add((await response.json()).id);
    expect(ids.size).toBe(1);

    // A later redelivery, to either instance, gets the first run back.
    for (const [i, app] of apps.entries()) {
      const init = await signed("POST", "/runs", {
        body,
        timestamp: now - 100 - i,
        headers: { "idempotency-key": "deploy-7" },
      });
      const again = await app.request("/runs", init);
      expect(again.status).toBe(202);
      expect(ids.has((await again.json()).id)).toBe(true);
    }
    expect(runner.starts).toHaveLength(1);
  });

  test("starts one program in the simulator for 50 concurrent duplicate deliveries to two instances", async () => {
    const { sim, env } = await startSimulatorEnv();
    try {
      const apps = [0, 1].map(() => createNodeApp({ ...env, REDIS_URL: server.url }));
      const body = JSON.stringify({ vm: "web-01", path: "/bin/echo", arguments: ["exactly once"] });
      const now = Math.floor(Date.now() / 1000);
      const deliveries = await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const init = await signed("POST", "/runs", {
            body,
            timestamp: now - i,
            headers: { "idempotency-key": "sim-once" },
          });
          return (await apps[i % 2]?.request("/runs", init))?.status;
        }),
      );
      expect(deliveries.every((status) => status === 202 || status === 409)).toBe(true);
      expect(sim.stats.callsOf("createProcess")).toBe(1);
      expect(sim.stats.processes.filter((p) => p.arguments.includes("exactly once"))).toHaveLength(
        1,
      );
    } finally {
      await sim.stop();
    }
  });

  test("rejects a request replayed to the other instance", async () => {
    const apps = [0, 1].map(() => {
      const store = createRedisStore(server.url);
      stores.push(store);
      return createApp({
        secrets: [SECRET],
        policy: parsePolicy(POLICY),
        guestCredentials: createGuestCredentialsResolver("guest", "pw", undefined),
        runner: createFakeRunner(),
        store,
        logger: silentLogger,
      });
    });
    const init = await signed("GET", "/runs/r1.x.y", { timestamp: Math.floor(Date.now() / 1000) });
    const [first, second] = apps as [(typeof apps)[0], (typeof apps)[0]];
    expect((await first.request("/runs/r1.x.y", init)).status).toBe(400);
    const replay = await second.request("/runs/r1.x.y", init);
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { message: string }).message).toContain("replay");
  });
});
