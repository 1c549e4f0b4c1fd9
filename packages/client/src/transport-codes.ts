// Low-level failure codes of Node's fetch (undici) and what each proves about the request.
import type { RequestSent } from "./transport-error.js";

// The connection never opened: nothing reached the server.
const NOT_SENT: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_INVALID_URL",
  "ERR_BAD_PORT",
]);

const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS|ERR_SSL|EPROTO/;

/** Whether a code is a TLS handshake failure (certificate not trusted, wrong host name, ...). */
export function isTlsCode(code: string): boolean {
  return TLS_CODE.test(code);
}

/**
 * Whether a request that failed with this code reached the server. A TLS failure happens in the
 * handshake, before any byte of the request; a reset or closed socket may come before or after.
 */
export function requestSentFor(code: string, responded: boolean): RequestSent {
  if (responded) return true;
  if (NOT_SENT.has(code) || isTlsCode(code)) return false;
  return "unknown";
}

/** The code of a fetch failure: fetch's `TypeError` carries it on `cause` (sometimes nested). */
export function codeOf(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
    // fetch refuses ports on its blocklist (1, 22, 6000, ...) before connecting, with no code.
    if (current instanceof Error && current.message === "bad port") return "ERR_BAD_PORT";
    current = (current as { cause?: unknown }).cause;
  }
  return "FETCH_FAILED";
}
