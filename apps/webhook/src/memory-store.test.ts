import { describe, expect, test } from "vitest";
import { storeContract } from "../test/store-contract.js";
import { createMemoryStore } from "./memory-store.js";

describe("memory store", () => {
  const clock = { now: 0 };
  storeContract(
    "memory",
    () => createMemoryStore({ now: () => clock.now }),
    async (ms) => {
      clock.now += ms;
    },
  );

  test("drops the entry that expires first when full", async () => {
    const time = { now: 0 };
    const store = createMemoryStore({ now: () => time.now, maxEntries: 2 });
    await store.set("short", "1", 10);
    await store.set("long", "2", 1000);
    await store.set("new", "3", 1000);
    expect(await store.get("short")).toBeUndefined();
    expect(await store.get("long")).toBe("2");
    expect(await store.get("new")).toBe("3");
  });
});
