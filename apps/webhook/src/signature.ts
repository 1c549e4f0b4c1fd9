import { fromHex, hmacBytes, hmacVerify, importHmacKey, toHex } from "./hmac.js";

/** Header that carries the request's unix time in seconds. */
export const TIMESTAMP_HEADER = "x-guestops-timestamp";
/** Header that carries `v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = "x-guestops-signature";
/** How far a request's timestamp may be from the function's clock, in ms (±300 s). */
export const SIGNATURE_TOLERANCE = 300_000;

const encoder = new TextEncoder();

/** What a signature covers: `${timestamp}.${METHOD}.${path}.${rawBody}`, as bytes. */
export function signedPayload(
  timestamp: string,
  method: string,
  path: string,
  body: Uint8Array,
): Uint8Array {
  const prefix = encoder.encode(`${timestamp}.${method.toUpperCase()}.${path}.`);
  const payload = new Uint8Array(prefix.length + body.length);
  payload.set(prefix);
  payload.set(body, prefix.length);
  return payload;
}

/** Input of {@link signRequest}. */
export interface SignRequestInput {
  secret: string;
  /** Unix time in seconds. */
  timestamp: number | string;
  method: string;
  /** Path with its query string, exactly as sent. */
  path: string;
  /** Raw body; empty for GET and DELETE. @default "" */
  body?: string | Uint8Array;
}

/**
 * The `x-guestops-signature` value for a request: what a sender computes.
 *
 * @example
 * const signature = await signRequest({ secret, timestamp: Math.floor(Date.now() / 1000), method: "POST", path: "/runs", body });
 */
export async function signRequest(input: SignRequestInput): Promise<string> {
  const body =
    typeof input.body === "string" ? encoder.encode(input.body) : (input.body ?? new Uint8Array());
  const key = await importHmacKey(input.secret);
  const mac = await hmacBytes(
    key,
    signedPayload(String(input.timestamp), input.method, input.path, body),
  );
  return `v1=${toHex(mac)}`;
}

/** Input of {@link verifySignature}. */
export interface VerifySignatureInput {
  /** One key per accepted secret (several during a rotation). */
  keys: readonly CryptoKey[];
  timestamp: string | undefined;
  signature: string | undefined;
  method: string;
  path: string;
  body: Uint8Array;
  /** The function's clock, ms since the epoch. */
  now: number;
}

/** Outcome of {@link verifySignature}; `mac` (lowercase hex) is what the replay guard remembers. */
export type SignatureCheck = { ok: true; mac: string } | { ok: false; reason: string };

const TIMESTAMP = /^\d{1,12}$/;
const SIGNATURE = /^v1=([0-9a-fA-F]{64})$/;

/**
 * Checks a request's signature on its raw body, before anything parses it. Every accepted key is
 * tried (no early exit), and each comparison is WebCrypto's constant-time `verify`.
 */
export async function verifySignature(input: VerifySignatureInput): Promise<SignatureCheck> {
  const { timestamp, signature } = input;
  if (timestamp === undefined) return { ok: false, reason: `missing ${TIMESTAMP_HEADER} header` };
  if (signature === undefined) return { ok: false, reason: `missing ${SIGNATURE_HEADER} header` };
  if (!TIMESTAMP.test(timestamp)) {
    return { ok: false, reason: `${TIMESTAMP_HEADER} must be unix time in seconds` };
  }
  const match = SIGNATURE.exec(signature.trim());
  const mac = match?.[1] === undefined ? undefined : fromHex(match[1]);
  if (mac === undefined) {
    return { ok: false, reason: `${SIGNATURE_HEADER} must be v1=<64 hex digits>` };
  }
  const skew = Number(timestamp) * 1000 - input.now;
  if (skew < -SIGNATURE_TOLERANCE) {
    return { ok: false, reason: `${TIMESTAMP_HEADER} is more than 300 s in the past` };
  }
  if (skew > SIGNATURE_TOLERANCE) {
    return { ok: false, reason: `${TIMESTAMP_HEADER} is more than 300 s in the future` };
  }
  const payload = signedPayload(timestamp, input.method, input.path, input.body);
  const results = await Promise.all(input.keys.map((key) => hmacVerify(key, mac, payload)));
  if (!results.includes(true)) return { ok: false, reason: "signature does not match" };
  return { ok: true, mac: toHex(mac) };
}
