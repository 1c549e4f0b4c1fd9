import { ConfigError } from "./config-error.js";
import {
  createGuestCredentialsResolver,
  type GuestCredentialsResolver,
} from "./guest-credentials.js";
import { type Policy, PolicyError, parsePolicy } from "./policy.js";

/** Environment variables as the platform hands them over (`process.env`, a Workers `env`). */
export type Env = Readonly<Record<string, unknown>>;

/** Everything the webhook needs from its environment, validated. */
export interface Config {
  /** Accepted webhook secrets; the first signs run ids. */
  secrets: readonly string[];
  policy: Policy;
  vcenter: {
    url: string;
    username: string;
    password: string;
    /** PEM of the CA that signed vCenter's certificate. */
    ca?: string | undefined;
    insecure: boolean;
  };
  guestCredentials: GuestCredentialsResolver;
  /** Shared replay/idempotency store; unset = in-memory (one instance). */
  redisUrl?: string | undefined;
  /** The longest `waitMs` a caller may ask for, in ms. */
  maxWaitMs: number;
  /** How long an `Idempotency-Key` and a finished run's result are remembered, in ms. */
  retentionMs: number;
}

/** What the platform can offer to {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Reads a file (policy, CA, credentials); absent on Workers, where files do not exist. */
  readFile?: ((path: string) => string) | undefined;
  /** Whether a Redis client can run here (it needs TCP sockets: not on Workers). @default true */
  redis?: boolean;
  /** Whether TLS can be tuned here (a CA, or no verification): not on Workers. @default true */
  customTls?: boolean;
}

/** Secrets shorter than this are refused: an HMAC key is only as strong as the secret. */
export const MIN_SECRET_LENGTH = 32;

/**
 * Reads and validates the configuration once, at cold start.
 *
 * @throws {ConfigError} naming the first missing or invalid variable.
 */
export function loadConfig(env: Env, options: LoadConfigOptions = {}): Config {
  const read = (name: string): string | undefined => {
    const value = env[name];
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value !== "string") throw new ConfigError(name, "must be a string");
    return value;
  };
  const required = (name: string, hint: string): string => {
    const value = read(name);
    if (value === undefined) throw new ConfigError(name, `is missing: ${hint}`);
    return value;
  };
  const readFile = (name: string, path: string): string => {
    if (options.readFile === undefined) {
      throw new ConfigError(
        name,
        "names a file, but this platform has no files: give the value inline",
      );
    }
    try {
      return options.readFile(path);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw new ConfigError(
        name,
        `names a file that cannot be read (${typeof code === "string" ? code : "error"})`,
      );
    }
  };
  const inlineOrFile = (name: string, value: string): string =>
    value.trimStart().startsWith("[") || value.trimStart().startsWith("{")
      ? value
      : readFile(name, value);

  const secrets = required("WEBHOOK_SECRETS", "set one or more comma-separated shared secrets")
    .split(",")
    .map((secret) => secret.trim());
  if (secrets.some((secret) => secret.length < MIN_SECRET_LENGTH)) {
    throw new ConfigError(
      "WEBHOOK_SECRETS",
      `holds a secret shorter than ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`,
    );
  }

  const policyText = inlineOrFile(
    "WEBHOOK_POLICY",
    required(
      "WEBHOOK_POLICY",
      "set the policy as JSON or a path to a JSON file (nothing is allowed without one)",
    ),
  );
  let policy: Policy;
  try {
    policy = parsePolicy(JSON.parse(policyText));
  } catch (error) {
    const problem = error instanceof PolicyError ? error.message : "is not valid JSON";
    throw new ConfigError(
      "WEBHOOK_POLICY",
      error instanceof PolicyError ? `is invalid: ${problem}` : problem,
    );
  }

  const url = required("GUESTOPS_URL", "set the vCenter URL, e.g. https://vcenter.example.com");
  if (!/^https?:\/\/[^/]/.test(url) || !URL.canParse(url)) {
    throw new ConfigError(
      "GUESTOPS_URL",
      "must be an http(s) URL, e.g. https://vcenter.example.com",
    );
  }
  const username = required("GUESTOPS_USERNAME", "set the vCenter user name");
  const password = required("GUESTOPS_PASSWORD", "set the vCenter password");
  const caFile = read("GUESTOPS_CA_FILE");
  const ca = caFile === undefined ? undefined : readFile("GUESTOPS_CA_FILE", caFile);
  const insecure = readBoolean("GUESTOPS_INSECURE", read("GUESTOPS_INSECURE"));
  if (insecure && options.customTls === false) {
    throw new ConfigError(
      "GUESTOPS_INSECURE",
      "is not supported on this platform: vCenter needs a publicly trusted certificate",
    );
  }

  const guestCredentials = createGuestCredentialsResolver(
    read("GUESTOPS_GUEST_USER"),
    read("GUESTOPS_GUEST_PASSWORD"),
    mapDefined(read("GUESTOPS_GUEST_CREDENTIALS"), (value) =>
      inlineOrFile("GUESTOPS_GUEST_CREDENTIALS", value),
    ),
  );

  const redisUrl = read("REDIS_URL");
  if (redisUrl !== undefined) {
    if (options.redis === false) {
      throw new ConfigError(
        "REDIS_URL",
        "is not supported on this platform (no TCP sockets): unset it",
      );
    }
    if (!/^rediss?:\/\//.test(redisUrl) || !URL.canParse(redisUrl)) {
      throw new ConfigError("REDIS_URL", "must be a redis:// or rediss:// URL");
    }
  }

  return {
    secrets,
    policy,
    vcenter: { url, username, password, ca, insecure },
    guestCredentials,
    redisUrl,
    maxWaitMs: readDuration("WEBHOOK_MAX_WAIT_MS", read("WEBHOOK_MAX_WAIT_MS"), 10_000),
    retentionMs: readDuration("WEBHOOK_RETENTION_MS", read("WEBHOOK_RETENTION_MS"), 86_400_000),
  };
}

function readBoolean(name: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  throw new ConfigError(name, "must be true or false");
}

function readDuration(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,10}$/.test(value))
    throw new ConfigError(name, "must be a whole number of milliseconds");
  return Number(value);
}

function mapDefined<T, U>(value: T | undefined, map: (value: T) => U): U | undefined {
  return value === undefined ? undefined : map(value);
}
