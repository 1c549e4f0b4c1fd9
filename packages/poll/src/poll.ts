import { attemptLoop, type LoopDelayContext } from "./attempt-loop.js";
import { type BackoffOptions, backoffDelay, validateBackoff } from "./backoff.js";
import { checkFunction, checkNumber, checkSignal } from "./validate-options.js";
import { WaitTimeoutError } from "./wait-timeout-error.js";

/**
 * What a check of {@link poll} answers, as a smithy waiter's acceptor does: done with a value,
 * not yet, or failed for good.
 */
export type PollResult<T> =
  | { readonly state: "success"; readonly value: T }
  | { readonly state: "retry" }
  | { readonly state: "failure"; readonly error: unknown };

/** What a check of {@link poll} is told. */
export interface PollCheck {
  /** 1 for the first check. */
  readonly attempt: number;
  /** Aborts when the caller aborts or the deadline passes: pass it on to the call. */
  readonly signal: AbortSignal;
  /** ms since `poll` started. */
  readonly elapsed: number;
}

/** What {@link PollOptions.delay} and {@link PollOptions.onRetry} are told after a check. */
export interface PollPending {
  /** Checks made so far (1 after the first). */
  readonly attempt: number;
  /** ms since `poll` started. */
  readonly elapsed: number;
  /** How long the check that just ended took, in ms. */
  readonly checkDuration: number;
  /** The error the check threw, when it threw one that `shouldRetry` accepted. */
  readonly error?: unknown;
}

/** Options of {@link poll}. */
export interface PollOptions extends BackoffOptions {
  /** Checks in all, the first included. @default Infinity */
  readonly maxAttempts?: number;
  /**
   * Hard deadline in ms, time spent in checks included: a check still running when it passes is
   * aborted. When the next delay would end past it, one last check is made just before it
   * instead. @default Infinity
   */
  readonly timeout?: number;
  /** Aborts the polling; `poll` then rejects with `signal.reason`, unchanged. */
  readonly signal?: AbortSignal;
  /**
   * Whether an error thrown by a check counts as "not yet" (e.g. a busy server) rather than
   * ending the poll. @default no thrown error is retried
   */
  readonly shouldRetry?: (error: unknown, pending: PollPending) => boolean | Promise<boolean>;
  /** Called before each check. */
  readonly onAttempt?: (attempt: { readonly attempt: number; readonly elapsed: number }) => void;
  /** Called after a check that did not end the poll, before sleeping `delay` ms. */
  readonly onRetry?: (pending: PollPending & { readonly delay: number }) => void | Promise<void>;
  /** Replaces the backoff: the delay in ms before the next check. */
  readonly delay?: (pending: PollPending) => number;
  /** Names what is awaited in the timeout error's message. @default "poll" */
  readonly what?: string;
}

const WHERE = "poll";

/**
 * Checks until the check answers `success` (resolves with its value) or `failure` (rejects with
 * its error), sleeping a bounded, jittered, growing delay between checks.
 *
 * @param check - one look; answers with a {@link PollResult}
 * @throws {@link WaitTimeoutError} when the deadline passes or `maxAttempts` checks said "not yet";
 *   the check's `failure` error, or a thrown error `shouldRetry` refused; `signal.reason` on abort
 * @example
 * const info = await poll(
 *   async ({ signal }) => {
 *     const p = await client.getProcess(vm, pid, creds, { signal });
 *     return p.exitCode === undefined ? { state: "retry" } : { state: "success", value: p };
 *   },
 *   { timeout: 60_000, minDelay: 200, maxDelay: 2_000 },
 * );
 */
export function poll<T>(
  check: (attempt: PollCheck) => PollResult<T> | Promise<PollResult<T>>,
  options: PollOptions = {},
): Promise<T> {
  try {
    validatePollOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  const what = options.what ?? WHERE;
  const shouldRetry = options.shouldRetry ?? (() => false);
  const toPending = (context: LoopDelayContext): PollPending => ({
    attempt: context.attempt,
    elapsed: context.elapsed,
    checkDuration: context.attemptDuration,
    ...("error" in context ? { error: context.error } : {}),
  });
  return attemptLoop<T>({
    what,
    maxAttempts: options.maxAttempts ?? Number.POSITIVE_INFINITY,
    timeout: options.timeout ?? Number.POSITIVE_INFINITY,
    signal: options.signal,
    async step(attempt, signal, elapsed) {
      options.onAttempt?.({ attempt, elapsed });
      const began = Date.now();
      let result: PollResult<T>;
      try {
        result = await check({ attempt, signal, elapsed });
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        const pending = { attempt, elapsed, checkDuration: Date.now() - began, error };
        if (!(await shouldRetry(error, pending))) throw error;
        return { done: false, failed: true, error };
      }
      if (result.state === "success") return { done: true, value: result.value };
      if (result.state === "failure") throw result.error;
      return { done: false, failed: false };
    },
    delay: (context) =>
      options.delay ? options.delay(toPending(context)) : backoffDelay(context.attempt, options),
    onRetry: options.onRetry
      ? (context) => options.onRetry?.({ ...toPending(context), delay: context.delay })
      : undefined,
    exhausted: (reason, counts) =>
      new WaitTimeoutError({
        what,
        reason,
        timeout: Number.isFinite(counts.timeout) ? counts.timeout : undefined,
        attempts: counts.attempts,
        elapsed: counts.elapsed,
        pending: counts.pending,
        errors: counts.errors,
        cause: counts.lastError,
      }),
  });
}

function validatePollOptions(options: PollOptions): void {
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
