import { describe, expect, test } from "vitest";
import { createFakeNamespace, FakeStorage } from "../test/fake-durable-objects.js";
import { storeContract } from "../test/store-contract.js";
import { createDurableObjectStore, isStateNamespace } from "./durable-object-store.js";
import { GuestopsState } from "./state-object.js";

describe("Durable Object store", () => {
  const clock = { now: 1_000_000 };
  storeContract(
    "durable-object",
    () => createDurableObjectStore(createFakeNamespace(() => clock.now)),
    async (ms) => {
      clock.now += ms;
    },
  );

  test("keeps each key in an object of its own, named by the key", async () => {
    const namespace = createFakeNamespace(() => clock.now);
    const store = createDurableObjectStore(namespace);
    await store.set("replay:abc", "1", 1000);
    await store.set("idempotency:deploy-7", "x", 1000);
    expect(namespace.storage("replay:abc")?.data.get("chunk:0")).toBe("1");
    expect(namespace.storage("idempotency:deploy-7")?.data.get("chunk:0")).toBe("x");
  });

  test("fails (so the app answers 503) when the object refuses the call", async () => {
    const store = createDurableObjectStore({
      idFromName: (name) => name,
      get: () => ({ fetch: async () => new Response("overloaded", { status: 503 }) }),
    });
    await expect(store.get("k")).rejects.toThrow("state object answered 503");
  });

  test("recognises a namespace binding and nothing else", () => {
    expect(isStateNamespace(createFakeNamespace(() => 0))).toBe(true);
    expect(isStateNamespace("GuestopsState")).toBe(false);
    expect(isStateNamespace({ idFromName: () => "x" })).toBe(false);
    expect(isStateNamespace(undefined)).toBe(false);
  });
});

describe("GuestopsState", () => {
  const make = () => {
    const time = { now: 5_000 };
    const storage = new FakeStorage();
    return { time, storage, state: new GuestopsState({ storage }, {}, () => time.now) };
  };

  test("round-trips a multi-MiB result in chunks Durable Object storage accepts", async () => {
    const { storage, state } = make();
    // Captured output of a finished run: two 1 MiB streams, with characters outside ASCII.
    const value = `{"stdout":"${"é".repeat(1_048_576)}","stderr":"${"x".repeat(1_048_576)}"}`;
    await state.apply({ op: "set", value, ttl: 60_000 });
    const chunks = [...storage.data.entries()].filter(([key]) => key.startsWith("chunk:"));
    expect(chunks.length).toBeGreaterThan(60);
    for (const [, chunk] of chunks) expect((chunk as string).length).toBeLessThanOrEqual(32_768);
    expect(Math.max(...storage.putSizes)).toBeLessThanOrEqual(128);
    expect(await state.apply({ op: "get" })).toEqual({ value });
  });

  test("overwrites a long value with a short one and drops the old chunks", async () => {
    const { storage, state } = make();
    await state.apply({ op: "set", value: "a".repeat(100_000), ttl: 60_000 });
    await state.apply({ op: "set", value: "short", ttl: 60_000 });
    expect([...storage.data.keys()].sort()).toEqual(["chunk:0", "meta"]);
    expect(await state.apply({ op: "get" })).toEqual({ value: "short" });
  });

  test("keeps an empty string as a value, distinct from no value", async () => {
    const { state } = make();
    expect(await state.apply({ op: "get" })).toEqual({});
    expect(await state.apply({ op: "setIfAbsent", value: "", ttl: 1000 })).toEqual({ set: true });
    expect(await state.apply({ op: "get" })).toEqual({ value: "" });
  });

  test("answers nothing once the ttl has passed, and its alarm deletes the value", async () => {
    const { time, storage, state } = make();
    await state.apply({ op: "setIfAbsent", value: "v", ttl: 1000 });
    expect(storage.alarmAt).toBe(6_000);
    time.now = 6_000;
    expect(await state.apply({ op: "get" })).toEqual({});
    await state.alarm();
    expect(storage.data.size).toBe(0);
  });

  test("drops the value and its alarm on delete, so nothing wakes the object later", async () => {
    const { storage, state } = make();
    await state.apply({ op: "set", value: "v", ttl: 60_000 });
    expect(storage.alarmAt).toBeDefined();
    await state.apply({ op: "delete" });
    expect(storage.data.size).toBe(0);
    expect(storage.alarmAt).toBeUndefined();
  });

  test("re-arms the alarm when a later write moved the expiry on", async () => {
    const { time, storage, state } = make();
    await state.apply({ op: "set", value: "v", ttl: 1000 });
    time.now = 5_500;
    await state.apply({ op: "set", value: "w", ttl: 1000 });
    time.now = 6_000;
    await state.alarm();
    expect(storage.alarmAt).toBe(6_500);
    expect(await state.apply({ op: "get" })).toEqual({ value: "w" });
  });

  test.each([
    ["not JSON", "{"],
    ["an unknown op", JSON.stringify({ op: "incr" })],
    ["a set without a ttl", JSON.stringify({ op: "set", value: "v" })],
    ["a set with a non-string value", JSON.stringify({ op: "set", value: 1, ttl: 10 })],
    ["a set with a negative ttl", JSON.stringify({ op: "setIfAbsent", value: "v", ttl: -1 })],
  ])("refuses %s with 400 and stores nothing", async (_, body) => {
    const { storage, state } = make();
    const response = await state.fetch(
      new Request("https://guestops-state/", { method: "POST", body }),
    );
    expect(response.status).toBe(400);
    expect(storage.data.size).toBe(0);
  });
});
