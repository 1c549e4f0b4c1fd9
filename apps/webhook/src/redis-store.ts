import type { Redis } from "ioredis";
import type { Store } from "./store.js";

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** Prepended to every key, so several deployments can share one Redis. @default "guestops:webhook:" */
  prefix?: string;
  /** How long one command may take before the request fails closed, in ms. @default 2000 */
  commandTimeout?: number;
}

/**
 * A store shared by every instance, on Redis: `SET key value NX PX ttl` is the atomic
 * set-if-absent that replay protection and idempotency rely on.
 */
export function createRedisStore(url: string, options: RedisStoreOptions = {}): Store {
  const prefix = options.prefix ?? "guestops:webhook:";
  let connecting: Promise<Redis> | undefined;
  // ioredis is loaded on first use, not at import: it is most of a cold start otherwise.
  const client = (): Promise<Redis> => {
    connecting ??= import("ioredis").then(({ Redis }) => {
      const redis = new Redis(url, {
        lazyConnect: true,
        maxRetriesPerRequest: 1,
        commandTimeout: options.commandTimeout ?? 2000,
        connectTimeout: options.commandTimeout ?? 2000,
      });
      // ioredis emits connection errors as events; unhandled, they would crash the process.
      // Requests still see the failure through the rejected command (and answer 503).
      redis.on("error", () => {});
      return redis;
    });
    return connecting;
  };

  return {
    async setIfAbsent(key, value, ttl) {
      return (await (await client()).set(prefix + key, value, "PX", ttl, "NX")) === "OK";
    },
    async set(key, value, ttl) {
      await (await client()).set(prefix + key, value, "PX", ttl);
    },
    async get(key) {
      return (await (await client()).get(prefix + key)) ?? undefined;
    },
    async delete(key) {
      await (await client()).del(prefix + key);
    },
    async close() {
      if (connecting === undefined) return;
      const redis = await connecting;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
