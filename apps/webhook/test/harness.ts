import { createApp } from "../src/app.js";
import type { AppDeps } from "../src/app-context.js";
import { createGuestCredentialsResolver } from "../src/guest-credentials.js";
import type { RequestLog } from "../src/logger.js";
import { createMemoryStore } from "../src/memory-store.js";
import { type PolicyInput, parsePolicy } from "../src/policy.js";
import { signRequest } from "../src/signature.js";
import { createFakeRunner, type FakeRunner } from "./fake-runner.js";
import { freshTimestamps } from "./fresh-timestamps.js";

export const SECRET = "test-secret-0123456789abcdef0123456789";
export const OLD_SECRET = "old-secret-0123456789abcdef0123456789";
export const GUEST_PASSWORD = "guest-pass-Zq9!";
export const START = Date.UTC(2026, 0, 1);

export const POLICY = {
  vms: ["web-*", "vm-42"],
  programs: ["/usr/bin/systemctl", "/bin/echo"],
  maxTimeoutMs: 600_000,
};

/** A signed request for `app.request()`: the headers a sender computes. */
export async function signed(
  method: string,
  path: string,
  options: {
    body?: string;
    secret?: string;
    timestamp?: number;
    headers?: Record<string, string>;
  } = {},
): Promise<RequestInit & { headers: Record<string, string> }> {
  const timestamp = options.timestamp ?? Math.floor(START / 1000);
  const body = options.body ?? "";
  const signature = await signRequest({
    secret: options.secret ?? SECRET,
    timestamp,
    method,
    path,
    body,
  });
  return {
    method,
    headers: {
      ...(body === "" ? {} : { "content-type": "application/json" }),
      "x-guestops-timestamp": String(timestamp),
      "x-guestops-signature": signature,
      ...options.headers,
    },
    ...(body === "" ? {} : { body }),
  };
}

export interface Harness {
  app: ReturnType<typeof createApp>;
  runner: FakeRunner;
  logs: RequestLog[];
  clock: { now: number };
  /** Signs and sends a request to the app. */
  send(method: string, path: string, options?: Parameters<typeof signed>[2]): Promise<Response>;
  /** POST /runs with a JSON body. */
  startRun(body: unknown, options?: Parameters<typeof signed>[2]): Promise<Response>;
}

export function createHarness(
  overrides: Omit<Partial<AppDeps>, "policy"> & { policy?: PolicyInput } = {},
): Harness {
  const runner = createFakeRunner();
  const logs: RequestLog[] = [];
  const clock = { now: START };
  const timestamps = freshTimestamps(() => clock.now);
  const app = createApp({
    secrets: [SECRET, OLD_SECRET],
    guestCredentials: createGuestCredentialsResolver("guest", GUEST_PASSWORD, undefined),
    runner,
    store: createMemoryStore({ now: () => clock.now }),
    logger: { request: (entry) => logs.push(entry) },
    now: () => clock.now,
    sleep: async (ms) => {
      clock.now += ms;
    },
    ...overrides,
    policy: parsePolicy(overrides.policy ?? POLICY),
  });
  const send: Harness["send"] = async (method, path, options = {}) => {
    // Each request gets its own timestamp, so identical requests are not replays of each other.
    const timestamp = options.timestamp ?? timestamps();
    const secret = options.secret ?? overrides.secrets?.[0] ?? SECRET;
    return app.request(path, await signed(method, path, { ...options, secret, timestamp }));
  };
  return {
    app,
    runner,
    logs,
    clock,
    send,
    startRun: (body, options = {}) =>
      send("POST", "/runs", { body: JSON.stringify(body), ...options }),
  };
}
