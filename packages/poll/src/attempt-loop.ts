// The one loop behind retry() and poll(): attempts, a bounded delay between them, a hard deadline
// that includes the time spent in attempts, one last attempt just before the deadline, and abort.
import { linkedController, raceAbort, throwIfAborted } from "./abort.js";
import { sleep } from "./sleep.js";
import { WaitTimeoutError } from "./wait-timeout-error.js";

/** What one attempt gave: a value (done), or "try again" with the error that caused it, if any. */
export type StepOutcome<T> =
  | { readonly done: true; readonly value: T }
  | { readonly done: false; readonly error?: unknown; readonly failed: boolean };

/** What the loop tells the delay function after an attempt that did not finish the work. */
export interface LoopDelayContext {
  /** Attempts made so far (1 after the first). */
  readonly attempt: number;
  /** ms since the loop started. */
  readonly elapsed: number;
  /** How long the attempt that just ended took, in ms. */
  readonly attemptDuration: number;
  /** The error of that attempt, when it failed (rather than answering "not yet"). */
  readonly error?: unknown;
}

export interface LoopOptions<T> {
  readonly what: string;
  readonly maxAttempts: number;
  readonly timeout: number;
  readonly signal: AbortSignal | undefined;
  /** Runs attempt number `attempt`; its signal aborts on the caller's abort and at the deadline. */
  step(attempt: number, signal: AbortSignal, elapsed: number): Promise<StepOutcome<T>>;
  /** The delay before the next attempt, in ms. */
  delay(context: LoopDelayContext): number;
  /** Called just before sleeping. */
  onRetry?(context: LoopDelayContext & { readonly delay: number }): void | Promise<void>;
  /** The error to throw when attempts or time ran out without an answer. */
  exhausted(reason: "timeout" | "maxAttempts", counts: Counts): unknown;
}

export interface Counts {
  readonly attempts: number;
  readonly elapsed: number;
  readonly pending: number;
  readonly errors: number;
  readonly lastError: unknown;
  readonly timeout: number;
}

export async function attemptLoop<T>(options: LoopOptions<T>): Promise<T> {
  const { signal, timeout, maxAttempts } = options;
  throwIfAborted(signal);
  const start = Date.now();
  const deadline = start + timeout;
  let attempt = 0;
  let pending = 0;
  let errors = 0;
  let lastError: unknown;
  let lastChance = false;
  const counts = (): Counts => ({
    attempts: attempt,
    elapsed: Date.now() - start,
    pending,
    errors,
    lastError,
    timeout,
  });

  for (;;) {
    attempt += 1;
    const began = Date.now();
    const outcome = await runWithDeadline(
      options,
      attempt,
      began - start,
      deadline,
      () =>
        new WaitTimeoutError({
          what: options.what,
          reason: "timeout",
          timeout,
          attempts: attempt,
          elapsed: Date.now() - start,
          pending,
          errors,
          cause: lastError,
        }),
    );
    if (outcome.done) return outcome.value;
    if (outcome.failed) {
      errors += 1;
      lastError = outcome.error;
    } else pending += 1;
    if (attempt >= maxAttempts) throw options.exhausted("maxAttempts", counts());

    const now = Date.now();
    const context: LoopDelayContext = {
      attempt,
      elapsed: now - start,
      attemptDuration: now - began,
      ...(outcome.failed ? { error: outcome.error } : {}),
    };
    let delay = Math.max(0, options.delay(context));
    const remaining = deadline - now;
    // The next attempt would start too late to finish before the deadline: make one last attempt
    // instead, started as long before the deadline as the previous attempt took.
    if (delay >= remaining - context.attemptDuration) {
      if (lastChance || remaining <= 0) throw options.exhausted("timeout", counts());
      lastChance = true;
      delay = Math.max(0, remaining - context.attemptDuration);
    }
    await options.onRetry?.({ ...context, delay });
    await sleep(delay, signal);
  }
}

async function runWithDeadline<T>(
  options: LoopOptions<T>,
  attempt: number,
  elapsed: number,
  deadline: number,
  timeoutError: () => WaitTimeoutError,
): Promise<StepOutcome<T>> {
  const { signal } = options;
  throwIfAborted(signal);
  const { controller, dispose } = linkedController(signal);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const racers: Promise<StepOutcome<T>>[] = [
    raceAbort(options.step(attempt, controller.signal, elapsed), signal),
  ];
  if (Number.isFinite(deadline)) {
    racers.push(
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => {
            const error = timeoutError();
            controller.abort(error);
            reject(error);
          },
          Math.max(0, deadline - Date.now()),
        );
      }),
    );
  }
  try {
    return await Promise.race(racers);
  } finally {
    clearTimeout(timer);
    dispose();
  }
}
