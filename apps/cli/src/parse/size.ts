import { UsageError } from "../usage-error.js";

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * The largest `--max-output` accepted, in bytes: 256 MiB, the same cap `@guestops/poll` puts on
 * `maxOutputBytes` (validate-run-request.ts, not exported), because output is held in memory. The
 * CLI checks it itself so the message names the flag, before anything is started.
 */
export const MAX_OUTPUT_LIMIT = 256 * MIB;

// As in GNU head -c and dd: k, M, G (and KiB, MiB, GiB) are powers of 1024; KB, MB, GB of 1000.
const UNIT_BYTES: Readonly<Record<string, number>> = {
  "": 1,
  b: 1,
  k: KIB,
  kib: KIB,
  kb: 1000,
  m: MIB,
  mib: MIB,
  mb: 1000 ** 2,
  g: 1024 * MIB,
  gib: 1024 * MIB,
  gb: 1000 ** 3,
};
const SIZE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/;

/**
 * Parses a byte size as people write it: `512k`, `4MiB`, `1.5M`, `2000` (bytes), `10MB`
 * (10,000,000). Returns whole bytes, from 1 to `max`.
 *
 * @throws {UsageError} when the text is not a size or is out of range; the message names the flag.
 */
export function parseSize(text: string, flag: string, max = MAX_OUTPUT_LIMIT): number {
  const match = SIZE.exec(text.trim().toLowerCase());
  const unit = match ? UNIT_BYTES[match[2] ?? ""] : undefined;
  if (!match?.[1] || unit === undefined) {
    throw new UsageError(
      `${flag} ${JSON.stringify(text)} is not a size: write it like 512k, 4MiB or 1048576 (bytes)`,
    );
  }
  const bytes = Math.round(Number(match[1]) * unit);
  if (!(bytes >= 1)) {
    throw new UsageError(`${flag} ${JSON.stringify(text)} is too small: give at least 1 byte`);
  }
  if (!(bytes <= max)) {
    throw new UsageError(
      `${flag} ${JSON.stringify(text)} is too big: the most is ${formatSize(max)} (the output is held in memory)`,
    );
  }
  return bytes;
}

/** Writes a byte count the way the notes say it: `1 MiB`, `512 KiB`, `1000 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= KIB && bytes % KIB === 0) return `${bytes / KIB} KiB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}
