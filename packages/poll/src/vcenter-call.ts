// Every vCenter call of this package goes through here: replayed only when the client's
// retry-safety table says "retry" for that operation and that failure. No retry rule lives here.
import { failureKind, isRetryable, type OperationName } from "@guestops/client";
import { retry } from "./retry.js";

/** Backoff of replayed vCenter calls: 200 ms, then up to 3 s; 5 attempts (about 6 s in all). */
const CALL_RETRY = {
  maxAttempts: 5,
  minDelay: 200,
  maxDelay: 3000,
  factor: 2,
  jitter: 0.5,
} as const;

/** Options of {@link callVcenter}. */
export interface CallVcenterOptions {
  readonly signal?: AbortSignal | undefined;
  /** Attempts in all. @default 5 */
  readonly maxAttempts?: number;
}

/**
 * Runs one vCenter call, replaying it after the failures the client's table says are safe to
 * replay for `operation`. A delete answered NOT_FOUND counts as done (the thing is gone).
 */
export function callVcenter<T>(
  operation: OperationName,
  call: (signal: AbortSignal) => Promise<T>,
  options: CallVcenterOptions = {},
): Promise<T> {
  return retry(({ signal }) => call(signal), {
    ...CALL_RETRY,
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    shouldRetry: (error) => isRetryable(operation, error),
  });
}

/** Like {@link callVcenter} for a delete: resolves when the thing is gone, NOT_FOUND included. */
export async function deleteVcenter(
  operation: "deleteProcess" | "deleteFile",
  call: (signal: AbortSignal) => Promise<void>,
  options: CallVcenterOptions = {},
): Promise<void> {
  try {
    await callVcenter(operation, call, options);
  } catch (error) {
    if (failureKind(error) !== "notFound") throw error;
  }
}

/**
 * Runs `work` with a signal of its own that aborts after `ms`: for cleanup that must happen even
 * after the caller aborted, yet must not hang. Never rejects: resolves with the error, if any.
 */
export async function bestEffort(
  ms: number,
  work: (signal: AbortSignal) => Promise<unknown>,
): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`cleanup gave up after ${ms} ms`)), ms);
  try {
    await work(controller.signal);
    return undefined;
  } catch (error) {
    return error ?? new Error("cleanup failed");
  } finally {
    clearTimeout(timer);
  }
}
