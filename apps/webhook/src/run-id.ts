import { decodeBase64Url, encodeBase64Url } from "./base64url.js";
import { hmacBytes, hmacVerify, importHmacKey } from "./hmac.js";

/** What a run id carries: enough for any instance to resume the run with no database. */
export interface RunToken {
  /** The run handle of `@guestops/poll`, serialised (no secrets in it). */
  handle: string;
  /** When the run must be terminated, ms since the epoch: enforced by `GET /runs/{id}`. */
  deadline: number;
  /** The VM's id and name, for policy and guest-credential lookups on later requests. */
  vm: { id: string; name?: string | undefined };
  /** The pid of the guest program: logged and reported without unpacking the handle. */
  pid: number;
  /** When the program started, ISO 8601. */
  startedAt: string;
}

const VERSION = "r1";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Run-id keys are derived from each webhook secret with a label, so a run id's MAC can never be
 * replayed as a request signature (or the reverse), while rotation still works: sign with the
 * first secret, accept any.
 */
export async function deriveRunIdKey(secret: string): Promise<CryptoKey> {
  const base = await importHmacKey(secret);
  return importHmacKey(await hmacBytes(base, "guestops run id v1"));
}

/** `r1.<base64url(JSON)>.<base64url(HMAC)>`: readable, but any change breaks the MAC. */
export async function signRunId(token: RunToken, key: CryptoKey): Promise<string> {
  // A JSON handle is embedded as an object, not as a string: escaped quotes made ids 15% longer.
  const body = encodeBase64Url(
    encoder.encode(JSON.stringify({ ...token, handle: embed(token.handle) })),
  );
  const mac = await hmacBytes(key, `${VERSION}.${body}`);
  return `${VERSION}.${body}.${encodeBase64Url(mac)}`;
}

/** The outcome of reading a run id from a URL. */
export type RunIdCheck = { ok: true; token: RunToken } | { ok: false; reason: string };

/** Verifies a run id against every accepted key before trusting a byte of it. */
export async function verifyRunId(id: string, keys: readonly CryptoKey[]): Promise<RunIdCheck> {
  const parts = id.split(".");
  const [version, body, macText] = parts;
  if (parts.length !== 3 || version !== VERSION || body === undefined || macText === undefined) {
    return { ok: false, reason: "run id is malformed" };
  }
  const mac = decodeBase64Url(macText);
  if (mac === undefined || mac.length !== 32) return { ok: false, reason: "run id is malformed" };
  const results = await Promise.all(keys.map((key) => hmacVerify(key, mac, `${VERSION}.${body}`)));
  if (!results.includes(true)) return { ok: false, reason: "run id signature does not match" };
  const token = parseToken(decodeBase64Url(body));
  // Signed by us yet unreadable: only a bug or a secret shared with another program can do this.
  if (token === undefined) return { ok: false, reason: "run id is malformed" };
  return { ok: true, token };
}

function embed(handle: string): unknown {
  try {
    const parsed: unknown = JSON.parse(handle);
    // Only objects: a handle that is a bare JSON string or number would not round-trip as such.
    return typeof parsed === "object" && parsed !== null ? parsed : handle;
  } catch {
    return handle;
  }
}

function parseToken(bytes: Uint8Array | undefined): RunToken | undefined {
  if (bytes === undefined) return undefined;
  try {
    const value = JSON.parse(decoder.decode(bytes)) as Omit<Partial<RunToken>, "handle"> & {
      handle?: unknown;
    };
    const vm = value.vm;
    if (
      (typeof value.handle === "string" || typeof value.handle === "object") &&
      value.handle !== null &&
      typeof value.deadline === "number" &&
      typeof value.pid === "number" &&
      typeof value.startedAt === "string" &&
      typeof vm === "object" &&
      vm !== null &&
      typeof vm.id === "string" &&
      (vm.name === undefined || typeof vm.name === "string")
    ) {
      return {
        handle: typeof value.handle === "string" ? value.handle : JSON.stringify(value.handle),
        deadline: value.deadline,
        pid: value.pid,
        startedAt: value.startedAt,
        vm: vm.name === undefined ? { id: vm.id } : { id: vm.id, name: vm.name },
      };
    }
  } catch {
    // falls through: not JSON
  }
  return undefined;
}
