// WebCrypto only: the same code runs on Node, AWS Lambda and Cloudflare Workers.
const encoder = new TextEncoder();

/** Imports a secret as an HMAC-SHA256 key that can both sign and verify. */
export function importHmacKey(secret: string | Uint8Array): Promise<CryptoKey> {
  const raw = typeof secret === "string" ? encoder.encode(secret) : secret;
  return crypto.subtle.importKey(
    "raw",
    raw as Uint8Array<ArrayBuffer>,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign", "verify"],
  );
}

/** HMAC-SHA256 of `data` under `key`, as raw bytes. */
export async function hmacBytes(key: CryptoKey, data: string | Uint8Array): Promise<Uint8Array> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, bytes as Uint8Array<ArrayBuffer>));
}

/**
 * Whether `mac` is the HMAC of `data` under `key`. `crypto.subtle.verify` compares in constant
 * time on every runtime we target, so no hand-written comparison loop is needed.
 */
export function hmacVerify(
  key: CryptoKey,
  mac: Uint8Array,
  data: string | Uint8Array,
): Promise<boolean> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return crypto.subtle.verify(
    "HMAC",
    key,
    mac as Uint8Array<ArrayBuffer>,
    bytes as Uint8Array<ArrayBuffer>,
  );
}

/** SHA-256 of a string, as lowercase hex: used to turn caller-chosen keys into fixed store keys. */
export async function sha256Hex(data: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(data))));
}

export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** Lowercase or uppercase hex to bytes; undefined when the text is not whole bytes of hex. */
export function fromHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
