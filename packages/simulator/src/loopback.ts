import { isIP } from "node:net";

/**
 * Tells whether a bind address only accepts connections from this machine. The simulator runs
 * programs for whoever holds a session, so anything else needs an explicit `allowRemote`.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (bare === "localhost") return true;
  if (bare === "::1") return true;
  const v4 = bare.startsWith("::ffff:") ? bare.slice("::ffff:".length) : bare;
  return isIP(v4) === 4 && v4.startsWith("127.");
}
