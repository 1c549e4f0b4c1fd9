import { checkNumber } from "./validate-options.js";

/** Bounded, jittered exponential backoff, shared by {@link retry} and {@link poll}. */
export interface BackoffOptions {
  /** Delay before the second attempt, and the smallest delay ever used, in ms. @default 100 */
  readonly minDelay?: number;
  /** Largest delay, in ms. @default 10000 */
  readonly maxDelay?: number;
  /** Growth of the delay per attempt (1 = constant). @default 2 */
  readonly factor?: number;
  /**
   * Share of each delay that is random, in [0, 1]: a delay is drawn in
   * `[base × (1 − jitter), base]`, never below `minDelay`. Jitter only ever shortens a delay,
   * so `maxDelay` stays a true upper bound. @default 0.5
   */
  readonly jitter?: number;
}

/** Defaults of {@link BackoffOptions}. */
export const BACKOFF_DEFAULTS = {
  minDelay: 100,
  maxDelay: 10_000,
  factor: 2,
  jitter: 0.5,
} as const;

/** Checks backoff options; throws TypeError/RangeError naming `where`. */
export function validateBackoff(where: string, options: BackoffOptions): void {
  checkNumber(where, "minDelay", options.minDelay, { min: 0 });
  checkNumber(where, "maxDelay", options.maxDelay, { min: 0 });
  checkNumber(where, "factor", options.factor, { min: 1 });
  checkNumber(where, "jitter", options.jitter, { min: 0, max: 1 });
  const minDelay = options.minDelay ?? BACKOFF_DEFAULTS.minDelay;
  const maxDelay = options.maxDelay ?? BACKOFF_DEFAULTS.maxDelay;
  if (maxDelay < minDelay) {
    throw new RangeError(`${where}: maxDelay (${maxDelay}) must be >= minDelay (${minDelay})`);
  }
}

/**
 * The delay after the `failures`-th consecutive failed attempt (1 = after the first), in whole ms:
 * `min(maxDelay, minDelay × factor^(failures − 1))`, shortened by up to `jitter` of itself, and
 * never below `minDelay`.
 */
export function backoffDelay(
  failures: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const minDelay = options.minDelay ?? BACKOFF_DEFAULTS.minDelay;
  const maxDelay = options.maxDelay ?? BACKOFF_DEFAULTS.maxDelay;
  const factor = options.factor ?? BACKOFF_DEFAULTS.factor;
  const jitter = options.jitter ?? BACKOFF_DEFAULTS.jitter;
  const base = Math.min(maxDelay, minDelay * factor ** Math.max(0, failures - 1));
  const jittered = base * (1 - jitter * random());
  return Math.round(Math.min(maxDelay, Math.max(minDelay, jittered)));
}
