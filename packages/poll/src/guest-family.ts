import type { GuestFamily } from "./describe-exit-code.js";

/**
 * The guest family a program path implies: a drive (`C:\`) or UNC (`\\host\share`) path is
 * Windows, an absolute POSIX path is Linux; anything else (a bare name) says nothing.
 */
export function guestFamilyOfPath(path: string): GuestFamily | undefined {
  if (/^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\")) return "windows";
  if (path.startsWith("/")) return "linux";
  return undefined;
}
