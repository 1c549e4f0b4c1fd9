import { UsageError } from "../usage-error.js";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/**
 * The longest duration accepted, in ms: 2^31-1, about 24.8 days. Node's timers cannot wait longer
 * (a bigger delay becomes 1 ms with a TimeoutOverflowWarning, so a wait would "time out" at once),
 * and a deadline that far out is a typo, not a plan. Refusing it here, before anything starts,
 * covers every flag that takes a duration.
 */
export const MAX_DURATION_MS = 2 ** 31 - 1;
// Written out because formatDuration rounds, and 596h31m24s would be over the limit.
const MAX_DURATION_TEXT = "596h31m23s";
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;

/**
 * Parses a duration the way govc and `timeout(1)` users write it: `500ms`, `30s`, `5m`, `1h30m`,
 * `1.5s`. A bare number means seconds. Returns milliseconds, from 1 to {@link MAX_DURATION_MS}.
 *
 * @throws {UsageError} when the text is not a positive duration or is longer than the maximum;
 *   the message names the flag.
 */
export function parseDuration(text: string, flag = "--timeout"): number {
  const value = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(value)) return inRange(Number(value) * 1000, text, flag);
  let total = 0;
  let index = 0;
  PART.lastIndex = 0;
  while (index < value.length) {
    PART.lastIndex = index;
    const match = PART.exec(value);
    if (!match?.[1] || !match[2]) return invalid(text, flag);
    total += Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
    index = PART.lastIndex;
  }
  if (index === 0) return invalid(text, flag);
  return inRange(total, text, flag);
}

/** Formats milliseconds back into the shortest readable form: `1h30m`, `45s`, `1.5s`, `250ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) {
    const seconds = Math.round(ms / 100) / 10;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)}s`;
  }
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${s ? `${s}s` : ""}`;
}

function inRange(ms: number, text: string, flag: string): number {
  // Checked after rounding: "0.0001s" is 0.1 ms, which would round to a timeout of 0.
  const rounded = Math.round(ms);
  if (!(rounded > 0)) return invalid(text, flag);
  if (!(rounded <= MAX_DURATION_MS)) {
    throw new UsageError(
      `${flag} ${JSON.stringify(text)} is too long: the longest is ${MAX_DURATION_TEXT} (about 24.8 days)`,
    );
  }
  return rounded;
}

function invalid(text: string, flag: string): never {
  throw new UsageError(
    `${flag} ${JSON.stringify(text)} is not a duration: write it like 500ms, 30s, 5m or 1h30m`,
  );
}
