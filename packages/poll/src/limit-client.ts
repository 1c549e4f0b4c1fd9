import type { CallOptions } from "@guestops/client";
import type { RateLimiter } from "./rate-limiter.js";
import type { PollClient } from "./run-types.js";

// Calls that go to vCenter. download/upload go to the ESXi host through transfer URLs, and
// capabilities() sends nothing once logged in.
const VCENTER_CALLS = [
  "createProcess",
  "listProcesses",
  "getProcess",
  "deleteProcess",
  "listVms",
  "resolveVm",
  "getVm",
  "getGuestOperationsReadiness",
  "createTemporaryFile",
  "deleteFile",
  "createTransfer",
  "login",
] as const satisfies readonly (keyof PollClient)[];

/**
 * The client seen through a rate limiter: every call to vCenter first takes a token (with the
 * call's own signal, so an aborted call leaves the queue).
 */
export function limitClient(client: PollClient, limiter: RateLimiter): PollClient {
  const limited: Record<string, unknown> = {
    download: client.download.bind(client),
    upload: client.upload.bind(client),
    capabilities: client.capabilities.bind(client),
  };
  for (const name of VCENTER_CALLS) {
    const call = (client[name] as (...args: unknown[]) => Promise<unknown>).bind(client);
    limited[name] = async (...args: unknown[]) => {
      // Every method takes its CallOptions last; it may be absent.
      const last = args[args.length - 1] as CallOptions | undefined;
      const signal =
        typeof last === "object" && last !== null && "signal" in last ? last.signal : undefined;
      await limiter.take(signal);
      return call(...args);
    };
  }
  return limited as unknown as PollClient;
}
