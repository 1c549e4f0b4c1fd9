import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { retry } from "./retry.js";
import { isWaitTimeoutError } from "./wait-timeout-error.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A function that fails every time, recording when it was called. */
function failing(error: unknown = new Error("boom")) {
  const times: number[] = [];
  const fn = vi.fn(() => {
    times.push(Date.now());
    throw error;
  });
  return { fn, times, error };
}

describe("retry", () => {
  test("waits the exact jittered backoff sequence between attempts", async () => {
    const { fn, times } = failing();
    const delays: number[] = [];
    const promise = retry(fn, {
      maxAttempts: 6,
      minDelay: 100,
      maxDelay: 1000,
      factor: 2,
      jitter: 0.5,
      onRetry: ({ delay }) => {
        delays.push(delay);
      },
    });
    const settled = expect(promise).rejects.toThrow("boom");
    await vi.runAllTimersAsync();
    await settled;
    // base 100, 200, 400, 800, 1000 (capped), each shortened by 0.5 × 0.5 = 25%, floor 100
    expect(delays).toEqual([100, 150, 300, 600, 750]);
    expect(times).toEqual([0, 100, 250, 550, 1150, 1900]);
  });

  test("rethrows the last error unchanged when attempts run out", async () => {
    const errors = [new Error("first"), new Error("second"), new Error("third")];
    let call = 0;
    const promise = retry(
      () => {
        throw errors[call++];
      },
      { maxAttempts: 3, minDelay: 10 },
    );
    const settled = expect(promise).rejects.toBe(errors[2]);
    await vi.runAllTimersAsync();
    await settled;
    expect(call).toBe(3);
  });

  test("counts the first call in maxAttempts", async () => {
    const { fn } = failing();
    const promise = retry(fn, { maxAttempts: 1 });
    await expect(promise).rejects.toThrow("boom");
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test("returns the value of the first successful attempt", async () => {
    let call = 0;
    const promise = retry(
      ({ attempt }) => {
        call += 1;
        if (attempt < 3) throw new Error("not yet");
        return `done on ${attempt}`;
      },
      { minDelay: 10, jitter: 0 },
    );
    await vi.runAllTimersAsync();
    await expect(promise).resolves.toBe("done on 3");
    expect(call).toBe(3);
  });

  test("rethrows at once an error shouldRetry refuses", async () => {
    const fatal = new Error("fatal");
    const { fn } = failing(fatal);
    const shouldRetry = vi.fn(() => false);
    await expect(retry(fn, { shouldRetry })).rejects.toBe(fatal);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(shouldRetry).toHaveBeenCalledWith(fatal, {
      attempt: 1,
      elapsed: 0,
      error: fatal,
      attemptDuration: 0,
    });
  });

  test("makes one last attempt just before the deadline, then rethrows the last error", async () => {
    const { fn, times } = failing();
    const promise = retry(fn, {
      maxAttempts: 100,
      timeout: 1000,
      minDelay: 300,
      factor: 1,
      jitter: 0,
    });
    const settled = expect(promise).rejects.toThrow("boom");
    await vi.runAllTimersAsync();
    await settled;
    // The attempt after 900 would start at 1200: instead one last attempt at the deadline.
    expect(times).toEqual([0, 300, 600, 900, 1000]);
  });

  test("starts the last attempt as long before the deadline as the previous attempt took", async () => {
    const times: number[] = [];
    const promise = retry(
      () => {
        times.push(Date.now());
        return new Promise((_, reject) => setTimeout(() => reject(new Error("slow")), 40));
      },
      { maxAttempts: 100, timeout: 1000, minDelay: 300, factor: 1, jitter: 0 },
    );
    const settled = expect(promise).rejects.toThrow();
    await vi.runAllTimersAsync();
    await settled;
    // 0-40, 340-380, 680-720; the next at 1020 is too late: last one at 1000 - 40 = 960.
    expect(times).toEqual([0, 340, 680, 960]);
  });

  test("aborts an attempt still running at the deadline and rejects with WaitTimeoutError", async () => {
    let attemptSignal: AbortSignal | undefined;
    const promise = retry(
      ({ signal }) => {
        attemptSignal = signal;
        return new Promise(() => {});
      },
      { timeout: 500 },
    );
    const settled = expect(promise).rejects.toSatisfy(isWaitTimeoutError);
    await vi.advanceTimersByTimeAsync(500);
    await settled;
    expect(attemptSignal?.aborted).toBe(true);
    expect(isWaitTimeoutError(attemptSignal?.reason)).toBe(true);
  });

  test("rejects with signal.reason, unchanged, when aborted during the sleep", async () => {
    const controller = new AbortController();
    const reason = { why: "user pressed Ctrl-C" };
    const { fn } = failing();
    const promise = retry(fn, { minDelay: 1000, signal: controller.signal });
    const settled = expect(promise).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(400);
    controller.abort(reason);
    await settled;
    expect(fn).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test("rejects with signal.reason and aborts the attempt's signal when aborted mid-attempt", async () => {
    const controller = new AbortController();
    let attemptSignal: AbortSignal | undefined;
    const promise = retry(
      ({ signal }) => {
        attemptSignal = signal;
        return new Promise(() => {});
      },
      { signal: controller.signal },
    );
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(promise).rejects.toBe(reason);
    expect(attemptSignal?.reason).toBe(reason);
  });

  test("rejects with the reason of a signal aborted before the start, without calling fn", async () => {
    const fn = vi.fn();
    const reason = new Error("already");
    await expect(retry(fn, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(fn).not.toHaveBeenCalled();
  });

  test("uses a custom delay function instead of the backoff", async () => {
    const { fn, times } = failing();
    const promise = retry(fn, { maxAttempts: 4, delay: ({ attempt }) => attempt * 7 });
    const settled = expect(promise).rejects.toThrow();
    await vi.runAllTimersAsync();
    await settled;
    expect(times).toEqual([0, 7, 21, 42]);
  });

  test("tells onAttempt the attempt number before each call", async () => {
    const seen: number[] = [];
    const { fn } = failing();
    const promise = retry(fn, {
      maxAttempts: 3,
      minDelay: 5,
      onAttempt: ({ attempt }) => seen.push(attempt),
    });
    const settled = expect(promise).rejects.toThrow();
    await vi.runAllTimersAsync();
    await settled;
    expect(seen).toEqual([1, 2, 3]);
  });

  test.each([
    [{ maxAttempts: 0 }, "retry: maxAttempts must be an integer >= 1 (or Infinity) (got 0)"],
    [{ maxAttempts: 1.5 }, "retry: maxAttempts must be an integer >= 1 (or Infinity) (got 1.5)"],
    [{ timeout: 0 }, "retry: timeout must be a number > 0 (or Infinity) (got 0)"],
    [{ timeout: -5 }, "retry: timeout must be a number > 0 (or Infinity) (got -5)"],
    [{ minDelay: -1 }, "retry: minDelay must be a number >= 0 (got -1)"],
    [
      { maxDelay: Number.POSITIVE_INFINITY },
      "retry: maxDelay must be a number >= 0 (got Infinity)",
    ],
    [{ minDelay: 500, maxDelay: 100 }, "retry: maxDelay (100) must be >= minDelay (500)"],
    [{ factor: 0.5 }, "retry: factor must be a number >= 1 (got 0.5)"],
    [{ jitter: 2 }, "retry: jitter must be a number >= 0 and <= 1 (got 2)"],
    [{ timeout: "5s" }, 'retry: timeout must be a number (got "5s")'],
    [{ shouldRetry: true }, "retry: shouldRetry must be a function (got true)"],
    [{ signal: {} }, "retry: signal must be an AbortSignal (got Object)"],
  ])("rejects the options %j before calling fn", async (options, message) => {
    const fn = vi.fn();
    await expect(retry(fn, options as never)).rejects.toThrow(message);
    expect(fn).not.toHaveBeenCalled();
  });
});
