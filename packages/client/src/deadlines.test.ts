import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { Deadlines } from "./deadlines.js";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("Deadlines", () => {
  test("expires each deadline at its time, in any order of adding", async () => {
    const deadlines = new Deadlines();
    const expired: string[] = [];
    deadlines.add(300, () => expired.push("300"));
    deadlines.add(100, () => expired.push("100"));
    deadlines.add(200, () => expired.push("200"));
    await vi.advanceTimersByTimeAsync(99);
    expect(expired).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(expired).toEqual(["100"]);
    await vi.advanceTimersByTimeAsync(200);
    expect(expired).toEqual(["100", "200", "300"]);
  });

  test("never expires a removed deadline", async () => {
    const deadlines = new Deadlines();
    const onExpire = vi.fn();
    const deadline = deadlines.add(50, onExpire);
    deadlines.remove(deadline);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onExpire).not.toHaveBeenCalled();
  });

  test("keeps one timer however many calls are in flight", () => {
    const deadlines = new Deadlines();
    for (let i = 0; i < 100; i++) deadlines.add(60_000, () => undefined);
    expect(vi.getTimerCount()).toBe(1);
  });
});
