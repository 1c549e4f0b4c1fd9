import type { GuestCredentialsResolver } from "./guest-credentials.js";
import { importHmacKey } from "./hmac.js";
import type { Logger } from "./logger.js";
import { createJsonLogger } from "./logger.js";
import type { Policy } from "./policy.js";
import { deriveRunIdKey } from "./run-id.js";
import type { Runner } from "./runner.js";
import type { Store } from "./store.js";
import { guardStore } from "./store-unavailable-error.js";

/** What {@link createApp} is built from. Everything with side effects is injected. */
export interface AppDeps {
  /** Accepted webhook secrets (rotation: several at once); the first one signs run ids. */
  secrets: readonly string[];
  policy: Policy;
  guestCredentials: GuestCredentialsResolver;
  runner: Runner;
  /** Replay and idempotency state, and finished runs' results. */
  store: Store;
  /** The longest `waitMs` honoured, in ms. @default 10000 */
  maxWaitMs?: number;
  /** How long idempotency keys and finished results are kept, in ms. @default 86400000 */
  retentionMs?: number;
  /** @default one JSON line per request on console.log */
  logger?: Logger;
  /** The clock, ms since the epoch. @default Date.now */
  now?: () => number;
  /** How the app waits between looks at a run (`waitMs`). @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
  /** @default crypto.randomUUID */
  requestId?: () => string;
}

/** HMAC keys, imported once per instance. */
export interface Keys {
  request: readonly CryptoKey[];
  runId: readonly CryptoKey[];
}

/** {@link AppDeps} with defaults filled in: what every route works with. */
export interface AppContext extends Required<Omit<AppDeps, "secrets">> {
  keys: () => Promise<Keys>;
}

export function createAppContext(deps: AppDeps): AppContext {
  if (deps.secrets.length === 0) throw new TypeError("createApp needs at least one secret");
  let keys: Promise<Keys> | undefined;
  const secrets = [...deps.secrets];
  return {
    policy: deps.policy,
    guestCredentials: deps.guestCredentials,
    runner: deps.runner,
    store: guardStore(deps.store),
    maxWaitMs: deps.maxWaitMs ?? 10_000,
    retentionMs: deps.retentionMs ?? 86_400_000,
    logger: deps.logger ?? createJsonLogger(),
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    requestId: deps.requestId ?? (() => crypto.randomUUID()),
    // Imported on first use: WebCrypto is async, and createApp stays a plain function.
    keys: () => {
      keys ??= Promise.all([
        Promise.all(secrets.map((secret) => importHmacKey(secret))),
        Promise.all(secrets.map((secret) => deriveRunIdKey(secret))),
      ]).then(([request, runId]) => ({ request, runId }));
      return keys;
    },
  };
}
