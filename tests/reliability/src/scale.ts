/**
 * The test task runs everything small (two shared cores, well under two minutes); `pnpm bench`
 * in this package sets GUESTOPS_RELIABILITY_FULL=1 to run the same tests at full size.
 */
export const FULL = process.env.GUESTOPS_RELIABILITY_FULL === "1";

/** `small` in the test task, `full` under `pnpm bench`. */
export function scaled(small: number, full: number): number {
  return FULL ? full : small;
}
