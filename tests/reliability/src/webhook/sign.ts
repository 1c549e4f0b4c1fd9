// Signs webhook requests synchronously with node:crypto, the way the README tells senders to
// (a load generator cannot await WebCrypto per request); checked against the webhook's own
// signRequest in sign.test.ts.
import { createHmac } from "node:crypto";

/** `x-guestops-signature` for `${timestamp}.${METHOD}.${path}.${body}`. */
export function signSync(
  secret: string,
  timestamp: number,
  method: string,
  path: string,
  body = "",
): string {
  const mac = createHmac("sha256", secret)
    .update(`${timestamp}.${method.toUpperCase()}.${path}.${body}`)
    .digest("hex");
  return `v1=${mac}`;
}

/** The headers of a signed request, timestamped now. */
export function signedHeaders(
  secret: string,
  method: string,
  path: string,
  body = "",
): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    "x-guestops-timestamp": String(timestamp),
    "x-guestops-signature": signSync(secret, timestamp, method, path, body),
    ...(body === "" ? {} : { "content-type": "application/json" }),
  };
}
