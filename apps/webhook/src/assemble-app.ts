import type { Hono } from "hono";
import { createApp } from "./app.js";
import type { AppEnv } from "./app-env.js";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import type { Runner } from "./runner.js";
import type { Store } from "./store.js";

/** The parts that differ per platform: how to reach vCenter and where state lives. */
export interface PlatformParts {
  runner: Runner;
  store: Store;
  logger?: Logger | undefined;
}

/** Builds the app from a validated configuration and the platform's parts. */
export function assembleApp(config: Config, parts: PlatformParts): Hono<AppEnv> {
  return createApp({
    secrets: config.secrets,
    policy: config.policy,
    guestCredentials: config.guestCredentials,
    maxWaitMs: config.maxWaitMs,
    retentionMs: config.retentionMs,
    runner: parts.runner,
    store: parts.store,
    ...(parts.logger === undefined ? {} : { logger: parts.logger }),
  });
}
