import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createRateLimiter } from "./rate-limiter.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Takes `n` tokens at once and records when each was granted. */
async function grantTimes(limiter: ReturnType<typeof createRateLimiter>, n: number) {
  const times: number[] = [];
  const all = Array.from({ length: n }, () => limiter.take().then(() => times.push(Date.now())));
  await vi.runAllTimersAsync();
  await Promise.all(all);
  return times;
}

describe("createRateLimiter", () => {
  test("spaces requests 1000 / maxPerSecond ms apart", async () => {
    const times = await grantTimes(createRateLimiter({ maxPerSecond: 4 }), 6);
    expect(times).toEqual([0, 250, 500, 750, 1000, 1250]);
  });

  test("never lets more than maxPerSecond requests into any one-second window", async () => {
    const times = await grantTimes(createRateLimiter({ maxPerSecond: 7 }), 50);
    for (const start of times) {
      expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(7);
    }
  });

  test("lets a burst go at once, then spaces the rest", async () => {
    const times = await grantTimes(createRateLimiter({ maxPerSecond: 10, burst: 3 }), 5);
    expect(times).toEqual([0, 0, 0, 100, 200]);
  });

  test("grants at once after a quiet time", async () => {
    const limiter = createRateLimiter({ maxPerSecond: 1 });
    await limiter.take();
    await vi.advanceTimersByTimeAsync(5000);
    let granted = false;
    void limiter.take().then(() => {
      granted = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toBe(true);
  });

  test("rejects a waiter with signal.reason on abort and serves the next one in its place", async () => {
    const limiter = createRateLimiter({ maxPerSecond: 10 });
    await limiter.take();
    const controller = new AbortController();
    const reason = new Error("gone");
    const aborted = limiter.take(controller.signal);
    const next = limiter.take().then(() => Date.now());
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    await vi.runAllTimersAsync();
    await expect(next).resolves.toBe(100);
  });

  test.each([
    [{ maxPerSecond: 0 }, "createRateLimiter: maxPerSecond must be a number > 0 (got 0)"],
    [{}, "createRateLimiter: maxPerSecond is required"],
    [{ maxPerSecond: 5, burst: 0 }, "createRateLimiter: burst must be an integer >= 1 (got 0)"],
  ])("rejects the options %j", (options, message) => {
    expect(() => createRateLimiter(options as never)).toThrow(message);
  });
});
