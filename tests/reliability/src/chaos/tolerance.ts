/**
 * How long a run may take past its timeout, in ms: terminating the program (SIGTERM, a 2 s grace,
 * up to 8 s waiting, then a delete), collecting output and deleting temp files, all through
 * faulted calls with backoff, on two shared cores. A waiter that ignores its deadline overshoots
 * by far more: an overrun program sleeps 60 s.
 */
export const TOLERANCE_MS = 20_000;
