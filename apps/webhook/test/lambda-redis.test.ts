import type { Simulator } from "@guestops/simulator";
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshTimestamps } from "./fresh-timestamps.js";
import { httpApiEvent } from "./http-api-event.js";
import { hasRedisServer, type RedisServer, startRedisServer } from "./redis-server.js";
import { startSimulatorEnv } from "./simulator-env.js";
import { bundlePath } from "./test-bundles.js";

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

// The bundle carries ioredis as text, evaluated on first use: this runs that copy for real.
describe.runIf(hasRedisServer())("dist/lambda.mjs with REDIS_URL", () => {
  let sim: Simulator;
  let redis: RedisServer;
  let handler: Handler;
  const timestamp = freshTimestamps();
  const saved = { ...process.env };

  beforeAll(async () => {
    redis = await startRedisServer();
    const started = await startSimulatorEnv();
    sim = started.sim;
    Object.assign(process.env, started.env, { REDIS_URL: redis.url });
    ({ handler } = (await import(bundlePath("lambda.mjs"))) as { handler: Handler });
  });
  afterAll(async () => {
    process.env = saved;
    await sim?.stop();
    await redis?.stop();
  });

  test("keeps idempotency keys and replay state in Redis", async () => {
    const body = JSON.stringify({
      vm: "web-01",
      path: "/bin/echo",
      arguments: ["stored in redis"],
    });
    const headers = { "idempotency-key": "lambda-redis-1" };
    const context = {} as Context;
    const first = await handler(
      await httpApiEvent("POST", "/runs", { body, headers, timestamp: timestamp() }),
      context,
    );
    const again = await handler(
      await httpApiEvent("POST", "/runs", { body, headers, timestamp: timestamp() }),
      context,
    );
    expect([first.statusCode, again.statusCode]).toEqual([202, 202]);
    expect(again.headers?.["idempotent-replayed"]).toBe("true");
    expect(sim.stats.callsOf("createProcess")).toBe(1);

    const client = new Redis(redis.url);
    try {
      const keys = await client.keys("guestops:webhook:*");
      expect(keys.some((key) => key.startsWith("guestops:webhook:idempotency:"))).toBe(true);
      expect(keys.some((key) => key.startsWith("guestops:webhook:replay:"))).toBe(true);
    } finally {
      client.disconnect();
    }
  });
});
