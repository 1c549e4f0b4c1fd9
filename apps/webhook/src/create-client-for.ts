import { createClient, type FetchLike, type GuestOpsClient } from "@guestops/client";
import type { Config } from "./config.js";

/**
 * The vCenter client, made once per instance (cold start) so that warm invocations reuse its
 * session. TLS settings (a CA, or none) travel in `fetch`, which the platform provides: the
 * client's own `ca`/`insecure` options would pull undici into the bundle.
 */
export function createClientFor(config: Config, fetch?: FetchLike): GuestOpsClient {
  const { url, username, password } = config.vcenter;
  return createClient({ url, username, password, ...(fetch === undefined ? {} : { fetch }) });
}
