import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hasRedisServer, type RedisServer, startRedisServer } from "../test/redis-server.js";
import { storeContract } from "../test/store-contract.js";
import { createRedisStore } from "./redis-store.js";
import type { Store } from "./store.js";

describe.runIf(hasRedisServer())("redis store", () => {
  let server: RedisServer;
  const stores: Store[] = [];
  const make = () => {
    const store = createRedisStore(server.url);
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close?.()));
    await server?.stop();
  });

  storeContract("redis", make, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));

  test("shares keys between two clients, as two function instances would", async () => {
    const [a, b] = [make(), make()];
    expect(await a.setIfAbsent("shared", "1", 10_000)).toBe(true);
    expect(await b.setIfAbsent("shared", "2", 10_000)).toBe(false);
    expect(await b.get("shared")).toBe("1");
  });

  test("rejects commands when Redis is unreachable, instead of hanging", async () => {
    const store = createRedisStore("redis://127.0.0.1:1", { commandTimeout: 500 });
    stores.push(store);
    await expect(store.setIfAbsent("k", "v", 1000)).rejects.toThrow();
  });
});
