import type { Hono } from "hono";
import type { AppEnv } from "./app-env.js";
import { assembleApp } from "./assemble-app.js";
import { type Env, loadConfig } from "./config.js";
import { createClientFor } from "./create-client-for.js";
import { createDurableObjectStore, isStateNamespace } from "./durable-object-store.js";
import { createMemoryStore } from "./memory-store.js";
import { createPollRunner } from "./poll-runner.js";
import type { Store } from "./store.js";

/** The Durable Object binding that shares replay and idempotency state between isolates. */
export const STATE_BINDING = "GUESTOPS_STATE";

/** The fetch handler of a Workers module. */
export interface WorkerHandler {
  fetch(request: Request, env: Env, ctx?: unknown): Promise<Response>;
}

/**
 * The Cloudflare Workers module. Workers hand over `env` with each request, so the app is built
 * at the first request of an isolate (its cold start) and reused; a configuration error is
 * answered 500 with the variable's name (no secret value), and logged, on every request until fixed.
 * No files and no TCP here: inline JSON for the policy, and state in the `GuestopsState` Durable
 * Object bound as `GUESTOPS_STATE` (wrangler.toml binds it). Without that binding the store is
 * per isolate, which is said once per isolate in the log.
 */
export function createWorkerHandler(): WorkerHandler {
  let app: Hono<AppEnv> | undefined;
  let failure: Error | undefined;
  return {
    async fetch(request, env, ctx) {
      if (app === undefined && failure === undefined) {
        try {
          const config = loadConfig(env, { redis: false, customTls: false });
          app = assembleApp(config, {
            runner: createPollRunner(createClientFor(config), config),
            store: stateStore(env),
          });
        } catch (error) {
          failure = error instanceof Error ? error : new Error(String(error));
        }
      }
      if (app === undefined) {
        const message = `configuration: ${failure?.message ?? "unknown error"}`;
        console.error(JSON.stringify({ level: "error", msg: message }));
        return new Response(JSON.stringify({ error: "internal", message }), {
          status: 500,
          headers: { "content-type": "application/json; charset=utf-8" },
        });
      }
      return app.fetch(request, env, ctx as never);
    },
  };
}

function stateStore(env: Env): Store {
  const binding = env[STATE_BINDING];
  if (isStateNamespace(binding)) return createDurableObjectStore(binding);
  console.warn(
    JSON.stringify({
      level: "warn",
      msg: `${STATE_BINDING} is not bound to the GuestopsState Durable Object: replay protection and idempotency hold within this isolate only`,
    }),
  );
  return createMemoryStore();
}
