// Secret hygiene in one place. Secrets (vCenter password, session ids, guest passwords, SAML
// tokens) reach errors only if a server echoes them, so error text is scrubbed of every secret the
// client knows; request bodies and headers are never kept, only redacted copies in the dry-run log.

/** What a secret is replaced with. */
export const REDACTED = "[redacted]";

// A secret shorter than this cannot be scrubbed from free text without mangling ordinary words,
// and is too short to identify anything; longer ones are always removed.
const MIN_SCRUB_LENGTH = 4;

// Body fields that hold secrets in the vCenter wire format.
const SECRET_FIELDS: ReadonlySet<string> = new Set(["password", "saml_token"]);
const SECRET_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "vmware-api-session-id",
  "cookie",
]);
// The body field whose values are a program's environment (secrets by another name, often).
const ENV_FIELD = "environment_variables";
// Query parameters that authorise by themselves: the token of a guest transfer URL.
const SECRET_QUERY = /([?&]token=)[^&#]*/gi;

/** Removes every known secret (and its URL-encoded form) from a text. */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SCRUB_LENGTH) continue;
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  return out;
}

/** A deep copy of a JSON-like value with every string scrubbed; depth-limited, never throws. */
export function scrubValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return scrubText(value, secrets);
  if (typeof value !== "object" || value === null) return value;
  if (depth > 8) return "[truncated]";
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = scrubValue(item, secrets, depth + 1);
  return out;
}

/**
 * A copy of a request body with the secret fields (`password`, `saml_token`) replaced, and the
 * values of `environment_variables` too (their names stay): programs take tokens and passwords
 * through their environment, which is why callers pass them there and not as arguments.
 */
export function redactBody(value: unknown, depth = 0): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth > 8) return "[truncated]";
  if (Array.isArray(value)) return value.map((item) => redactBody(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_FIELDS.has(key)
      ? REDACTED
      : key === ENV_FIELD
        ? redactEnvValues(item)
        : redactBody(item, depth + 1);
  }
  return out;
}

/** `environment_variables` with every value replaced: a map on `/api`, `{key, value}` pairs on `/rest`. */
function redactEnvValues(env: unknown): unknown {
  if (Array.isArray(env)) {
    return env.map((pair) =>
      typeof pair === "object" && pair !== null ? { ...pair, value: REDACTED } : REDACTED,
    );
  }
  if (typeof env !== "object" || env === null) return env;
  return Object.fromEntries(Object.keys(env).map((name) => [name, REDACTED]));
}

/** The headers of a request as a plain object, with credentials and session ids replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = SECRET_HEADERS.has(key) ? REDACTED : value;
  });
  return out;
}

/** A URL safe to print: no user info, and the token of a transfer URL replaced. */
export function safeUrl(url: string): string {
  let out = url;
  const at = out.indexOf("@");
  if (at !== -1) {
    const scheme = out.indexOf("://");
    const pathStart = out.indexOf("/", scheme + 3);
    if (scheme !== -1 && (pathStart === -1 || at < pathStart)) {
      out = out.slice(0, scheme + 3) + out.slice(at + 1);
    }
  }
  return out.includes("token=") ? out.replace(SECRET_QUERY, `$1${REDACTED}`) : out;
}
