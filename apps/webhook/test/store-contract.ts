import { expect, test } from "vitest";
import type { Store } from "../src/store.js";

/**
 * The behaviour both stores owe the app. `advance` moves time forward (fake clock for the memory
 * store, a real wait for Redis), so expiry is checked for real on each.
 */
export function storeContract(
  name: string,
  make: () => Store,
  advance: (ms: number) => Promise<void>,
): void {
  const key = () => `${name}-${crypto.randomUUID()}`;

  test(`${name}: sets a key if absent, and only once`, async () => {
    const store = make();
    const k = key();
    expect(await store.setIfAbsent(k, "a", 10_000)).toBe(true);
    expect(await store.setIfAbsent(k, "b", 10_000)).toBe(false);
    expect(await store.get(k)).toBe("a");
  });

  test(`${name}: lets exactly one of many concurrent set-if-absent calls win`, async () => {
    const store = make();
    const k = key();
    const wins = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.setIfAbsent(k, String(i), 10_000)),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  test(`${name}: forgets a key after its ttl`, async () => {
    const store = make();
    const k = key();
    await store.setIfAbsent(k, "a", 100);
    await advance(150);
    expect(await store.get(k)).toBeUndefined();
    expect(await store.setIfAbsent(k, "b", 100)).toBe(true);
  });

  test(`${name}: overwrites with set and removes with delete`, async () => {
    const store = make();
    const k = key();
    await store.set(k, "a", 10_000);
    await store.set(k, "b", 10_000);
    expect(await store.get(k)).toBe("b");
    await store.delete(k);
    expect(await store.get(k)).toBeUndefined();
  });
}
