import { Redis } from "ioredis";
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
  const redis = new Redis(url, {
    lazyConnect: true,
    // Fail the request (the app answers 503) rather than queue commands while Redis is away.
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeout ?? 2000,
    connectTimeout: options.commandTimeout ?? 2000,
  });
  // ioredis emits connection errors as events; unhandled, they would crash the process. Requests
  // still see the failure through the rejected command.
  redis.on("error", () => {});

  return {
    async setIfAbsent(key, value, ttl) {
      return (await redis.set(prefix + key, value, "PX", ttl, "NX")) === "OK";
    },
    async set(key, value, ttl) {
      await redis.set(prefix + key, value, "PX", ttl);
    },
    async get(key) {
      return (await redis.get(prefix + key)) ?? undefined;
    },
    async delete(key) {
      await redis.del(prefix + key);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
