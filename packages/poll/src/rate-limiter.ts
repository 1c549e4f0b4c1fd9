import { checkNumber } from "./validate-options.js";

/** A shared cap on the rate of calls: take a token before each call. */
export interface RateLimiter {
  /**
   * Resolves when the caller may send one request; waiters are served in order.
   * @throws `signal.reason` when the signal aborts first (the waiter leaves the queue)
   */
  take(signal?: AbortSignal): Promise<void>;
  /** The cap, in requests per second. */
  readonly maxPerSecond: number;
}

/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** Requests per second, > 0 (fractions allowed: 0.5 = one every 2 s). */
  readonly maxPerSecond: number;
  /**
   * Requests that may go at once after a quiet time. With the default 1, requests are spaced at
   * least `1000 / maxPerSecond` ms apart, so no window of one second ever holds more than
   * `maxPerSecond` of them; a larger burst allows `burst - 1` more in some windows. @default 1
   */
  readonly burst?: number;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/**
 * Creates a token bucket (GCRA) limiter. Tokens are granted from the actual time of each grant,
 * never from a planned slot, so a timer that fires late never lets the next request go early.
 *
 * @example
 * const limiter = createRateLimiter({ maxPerSecond: 50 });
 * await limiter.take(signal);
 * await client.getProcess(vm, pid, creds, { signal });
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const where = "createRateLimiter";
  checkNumber(where, "maxPerSecond", options.maxPerSecond, { min: 0, inclusive: false });
  if (options.maxPerSecond === undefined) {
    throw new TypeError(`${where}: maxPerSecond is required`);
  }
  checkNumber(where, "burst", options.burst, { min: 1, integer: true });
  const interval = 1000 / options.maxPerSecond;
  const burst = options.burst ?? 1;
  const queue: Waiter[] = [];
  // Theoretical arrival time of the next request: one interval after the last grant.
  let tat = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const pump = () => {
    timer = undefined;
    while (queue.length > 0) {
      const now = Date.now();
      const allowedAt = tat - (burst - 1) * interval;
      if (now < allowedAt) {
        timer = setTimeout(pump, Math.ceil(allowedAt - now));
        return;
      }
      const waiter = queue.shift() as Waiter;
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      tat = Math.max(tat, now) + interval;
      waiter.resolve();
    }
  };

  return {
    maxPerSecond: options.maxPerSecond,
    take(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          onAbort: () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(signal?.reason);
          },
        };
        signal?.addEventListener("abort", waiter.onAbort, { once: true });
        queue.push(waiter);
        if (timer === undefined) pump();
      });
    },
  };
}
