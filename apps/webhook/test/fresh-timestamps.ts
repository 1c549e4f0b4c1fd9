/**
 * Signing timestamps (unix seconds) that are never handed out twice, for a clock in ms. A request
 * repeated with the same timestamp is a replay, and "now minus a counter" repeats one as soon as
 * the clock ticks: these count down from 4 minutes ahead while the clock counts up, so they never
 * meet, and stay within the ±300 s window for a few hundred requests.
 */
export function freshTimestamps(now: () => number = Date.now): () => number {
  const first = Math.floor(now() / 1000) + 240;
  let issued = 0;
  return () => first - issued++;
}
