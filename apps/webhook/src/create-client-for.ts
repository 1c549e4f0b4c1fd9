import { createClient, type GuestOpsClient } from "@guestops/client";
import type { Config } from "./config.js";

/**
 * The vCenter client, made once per instance (cold start) so that warm invocations reuse its
 * session. An insecure-TLS warning goes to the log as one JSON line, not to stderr as text.
 */
export function createClientFor(
  config: Config,
  log: (line: string) => void = console.warn,
): GuestOpsClient {
  const { url, username, password, ca, insecure } = config.vcenter;
  return createClient({
    url,
    username,
    password,
    ...(ca === undefined ? {} : { ca }),
    ...(insecure
      ? {
          insecure: true,
          onInsecure: (message) => log(JSON.stringify({ level: "warn", msg: message })),
        }
      : {}),
  });
}
