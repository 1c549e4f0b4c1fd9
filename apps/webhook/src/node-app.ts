import { readFileSync } from "node:fs";
import type { Hono } from "hono";
import type { AppEnv } from "./app-env.js";
import { assembleApp } from "./assemble-app.js";
import { type Env, loadConfig } from "./config.js";
import { createClientFor } from "./create-client-for.js";
import { createMemoryStore } from "./memory-store.js";
import { createTlsFetch } from "./node-tls-fetch.js";
import { createPollRunner } from "./poll-runner.js";
import { createRedisStore } from "./redis-store.js";

/**
 * The app for Node hosts and AWS Lambda: configuration from `env` (files allowed), the state
 * store on Redis when `REDIS_URL` is set, else in memory.
 *
 * @throws {ConfigError} at cold start, naming the missing or invalid variable.
 */
export function createNodeApp(env: Env): Hono<AppEnv> {
  const config = loadConfig(env, { readFile: (path) => readFileSync(path, "utf8"), redis: true });
  const { ca, insecure } = config.vcenter;
  if (insecure) {
    console.warn(
      JSON.stringify({
        level: "warn",
        msg: "GUESTOPS_INSECURE: vCenter's TLS certificate is not verified",
      }),
    );
  }
  const client = createClientFor(
    config,
    ca !== undefined || insecure ? createTlsFetch({ ca, insecure }) : undefined,
  );
  return assembleApp(config, {
    runner: createPollRunner(client, config),
    store: config.redisUrl === undefined ? createMemoryStore() : createRedisStore(config.redisUrl),
  });
}
