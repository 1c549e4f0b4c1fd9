import { attemptLoop, type LoopDelayContext } from "./attempt-loop.js";
import { type BackoffOptions, backoffDelay, validateBackoff } from "./backoff.js";
import { checkFunction, checkNumber, checkSignal } from "./validate-options.js";

/** What an attempt of {@link retry} is told. */
export interface RetryAttempt {
  /** 1 for the first call. */
  readonly attempt: number;
  /** Aborts when the caller aborts or the deadline passes: pass it on to the call. */
  readonly signal: AbortSignal;
  /** ms since `retry` started. */
  readonly elapsed: number;
}

/** What {@link RetryOptions.onRetry} and {@link RetryOptions.delay} are told after a failure. */
export interface RetryFailure {
  /** Attempts made so far (1 after the first failure). */
  readonly attempt: number;
  /** ms since `retry` started. */
  readonly elapsed: number;
  /** The error of the attempt that just failed. */
  readonly error: unknown;
  /** How long that attempt took, in ms. */
  readonly attemptDuration: number;
}

/** Options of {@link retry}. */
export interface RetryOptions extends BackoffOptions {
  /** Attempts in all, the first call included. @default 5 */
  readonly maxAttempts?: number;
  /**
   * Hard deadline in ms, time spent in attempts included: an attempt still running when it passes
   * is aborted and `retry` rejects with a {@link WaitTimeoutError}. When the next delay would end
   * past it, one last attempt is made just before it instead. @default Infinity
   */
  readonly timeout?: number;
  /** Aborts the retries; `retry` then rejects with `signal.reason`, unchanged. */
  readonly signal?: AbortSignal;
  /**
   * Whether a failure may be retried; `false` rethrows it at once. @default every error is retried
   */
  readonly shouldRetry?: (error: unknown, failure: RetryFailure) => boolean | Promise<boolean>;
  /** Called before each attempt. */
  readonly onAttempt?: (attempt: { readonly attempt: number; readonly elapsed: number }) => void;
  /** Called after a retried failure, before sleeping `delay` ms. */
  readonly onRetry?: (failure: RetryFailure & { readonly delay: number }) => void | Promise<void>;
  /** Replaces the backoff: the delay in ms before the next attempt. */
  readonly delay?: (failure: RetryFailure) => number;
}

const WHERE = "retry";

/**
 * Calls `fn` until it succeeds, with bounded jittered exponential backoff between attempts.
 * Exhausted retries rethrow the last error, unchanged.
 *
 * @param fn - the work; receives the attempt number and a signal to pass on
 * @returns what `fn` returned
 * @throws the last error of `fn` when attempts run out or `shouldRetry` says no;
 *   `signal.reason` on abort; {@link WaitTimeoutError} when the deadline cuts an attempt short
 * @example
 * const pid = await retry(({ signal }) => client.createProcess(vm, spec, creds, { signal }), {
 *   maxAttempts: 4,
 *   shouldRetry: (error) => isRetryable("createProcess", error),
 * });
 */
export function retry<T>(
  fn: (attempt: RetryAttempt) => T | Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  try {
    validateRetryOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  const shouldRetry = options.shouldRetry ?? (() => true);
  const toFailure = (context: LoopDelayContext): RetryFailure => ({
    attempt: context.attempt,
    elapsed: context.elapsed,
    error: context.error,
    attemptDuration: context.attemptDuration,
  });
  return attemptLoop<T>({
    what: WHERE,
    maxAttempts: options.maxAttempts ?? 5,
    timeout: options.timeout ?? Number.POSITIVE_INFINITY,
    signal: options.signal,
    async step(attempt, signal, elapsed) {
      options.onAttempt?.({ attempt, elapsed });
      const began = Date.now();
      try {
        return { done: true, value: await fn({ attempt, signal, elapsed }) };
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        const failure = { attempt, elapsed, error, attemptDuration: Date.now() - began };
        if (!(await shouldRetry(error, failure))) throw error;
        return { done: false, failed: true, error };
      }
    },
    delay: (context) =>
      options.delay ? options.delay(toFailure(context)) : backoffDelay(context.attempt, options),
    onRetry: options.onRetry
      ? (context) => options.onRetry?.({ ...toFailure(context), delay: context.delay })
      : undefined,
    // Exhausted retries rethrow the last error itself, as p-retry and cockatiel do.
    exhausted: (_reason, counts) => counts.lastError,
  });
}

function validateRetryOptions(options: RetryOptions): void {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${WHERE}: options must be an object`);
  }
  checkNumber(WHERE, "maxAttempts", options.maxAttempts, { min: 1, integer: true, infinity: true });
  checkNumber(WHERE, "timeout", options.timeout, { min: 0, inclusive: false, infinity: true });
  validateBackoff(WHERE, options);
  checkSignal(WHERE, options.signal);
  for (const name of ["shouldRetry", "onAttempt", "onRetry", "delay"] as const) {
    checkFunction(WHERE, name, options[name]);
  }
}
