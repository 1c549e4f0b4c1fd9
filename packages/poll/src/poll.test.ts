import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { type PollResult, poll } from "./poll.js";
import { isWaitTimeoutError, type WaitTimeoutError } from "./wait-timeout-error.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A check that answers "retry" `pending` times, then succeeds; records when it ran. */
function eventually<T>(pending: number, value: T) {
  const times: number[] = [];
  const check = vi.fn((): PollResult<T> => {
    times.push(Date.now());
    return times.length > pending ? { state: "success", value } : { state: "retry" };
  });
  return { check, times };
}

describe("poll", () => {
  test("checks on the exact jittered backoff sequence until success", async () => {
    const { check, times } = eventually(5, "done");
    const promise = poll(check, { minDelay: 100, maxDelay: 500, factor: 2, jitter: 0.2 });
    await vi.runAllTimersAsync();
    await expect(promise).resolves.toBe("done");
    // base 100, 200, 400, 500, 500, shortened by 0.2 × 0.5 = 10%, never below 100
    expect(times).toEqual([0, 100, 280, 640, 1090, 1540]);
  });

  test("rejects with the error of a failure answer", async () => {
    const error = new Error("process lost");
    const promise = poll(() => ({ state: "failure", error }));
    await expect(promise).rejects.toBe(error);
  });

  test("makes the deadline's last check just before it, then rejects with WaitTimeoutError", async () => {
    const { check, times } = eventually(Number.POSITIVE_INFINITY, "never");
    const promise = poll(check, { timeout: 1000, minDelay: 300, factor: 1, jitter: 0 });
    const settled = expect(promise).rejects.toSatisfy(isWaitTimeoutError);
    await vi.runAllTimersAsync();
    await settled;
    expect(times).toEqual([0, 300, 600, 900, 1000]);
    const error = (await promise.catch((e: unknown) => e)) as WaitTimeoutError;
    expect(error).toMatchObject({ reason: "timeout", timeout: 1000, attempts: 5, pending: 5 });
    expect(error.message).toBe(
      "poll: timed out after 1000 ms (timeout 1000 ms); 5 attempts: 5 not yet, 0 errors",
    );
  });

  test("resolves when the last check before the deadline succeeds", async () => {
    const { check, times } = eventually(4, "just in time");
    const promise = poll(check, { timeout: 1000, minDelay: 300, factor: 1, jitter: 0 });
    await vi.runAllTimersAsync();
    await expect(promise).resolves.toBe("just in time");
    expect(times).toEqual([0, 300, 600, 900, 1000]);
  });

  test("rejects with WaitTimeoutError after maxAttempts checks said not yet", async () => {
    const { check } = eventually(Number.POSITIVE_INFINITY, "never");
    const promise = poll(check, { maxAttempts: 3, minDelay: 10, what: "process 42 in vm-1" });
    const settled = expect(promise).rejects.toThrow(
      "process 42 in vm-1: gave up after 3 attempts (25 ms); 3 attempts: 3 not yet, 0 errors",
    );
    await vi.runAllTimersAsync();
    await settled;
    expect(check).toHaveBeenCalledTimes(3);
  });

  test("counts an error shouldRetry accepts as no news and keeps polling", async () => {
    const busy = new Error("busy");
    let call = 0;
    const check = (): PollResult<string> => {
      call += 1;
      if (call <= 2) throw busy;
      return { state: "success", value: "ok" };
    };
    const shouldRetry = vi.fn((error: unknown) => error === busy);
    const promise = poll(check, { minDelay: 10, shouldRetry });
    await vi.runAllTimersAsync();
    await expect(promise).resolves.toBe("ok");
    expect(shouldRetry).toHaveBeenCalledTimes(2);
  });

  test("rejects with a thrown error by default", async () => {
    const error = new Error("guest credentials rejected");
    await expect(
      poll(() => {
        throw error;
      }),
    ).rejects.toBe(error);
  });

  test("keeps the last retried error as the cause of the timeout", async () => {
    const busy = new Error("busy");
    const promise = poll(
      () => {
        throw busy;
      },
      { timeout: 100, minDelay: 40, factor: 1, jitter: 0, shouldRetry: () => true },
    );
    const settled = expect(promise).rejects.toSatisfy(
      (error: unknown) => isWaitTimeoutError(error) && error.cause === busy && error.errors === 4,
    );
    await vi.runAllTimersAsync();
    await settled;
  });

  test("rejects with signal.reason, unchanged, when aborted during the sleep", async () => {
    const controller = new AbortController();
    const reason = new Error("cancelled");
    const { check } = eventually(Number.POSITIVE_INFINITY, "never");
    const promise = poll(check, { minDelay: 1000, signal: controller.signal });
    const settled = expect(promise).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(500);
    controller.abort(reason);
    await settled;
    await vi.runAllTimersAsync();
    expect(check).toHaveBeenCalledTimes(1);
  });

  test("gives the custom delay function the check's duration", async () => {
    const seen: number[] = [];
    let call = 0;
    const check = async (): Promise<PollResult<number>> => {
      call += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return call === 3 ? { state: "success", value: call } : { state: "retry" };
    };
    const promise = poll(check, {
      delay: ({ checkDuration }) => {
        seen.push(checkDuration);
        return 50 - checkDuration;
      },
    });
    await vi.runAllTimersAsync();
    await expect(promise).resolves.toBe(3);
    expect(seen).toEqual([20, 20]);
    expect(Date.now()).toBe(120);
  });

  test.each([
    [{ maxAttempts: 0 }, "poll: maxAttempts must be an integer >= 1 (or Infinity) (got 0)"],
    [{ timeout: 0 }, "poll: timeout must be a number > 0 (or Infinity) (got 0)"],
    [{ minDelay: Number.NaN }, "poll: minDelay must be a number (got NaN)"],
    [{ minDelay: 10, maxDelay: 5 }, "poll: maxDelay (5) must be >= minDelay (10)"],
    [{ jitter: -0.1 }, "poll: jitter must be a number >= 0 and <= 1 (got -0.1)"],
    [{ delay: 5 }, "poll: delay must be a function (got 5)"],
    [{ onRetry: "x" }, 'poll: onRetry must be a function (got "x")'],
  ])("rejects the options %j before the first check", async (options, message) => {
    const check = vi.fn();
    await expect(poll(check, options as never)).rejects.toThrow(message);
    expect(check).not.toHaveBeenCalled();
  });
});
