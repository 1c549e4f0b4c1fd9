import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Agent } from "undici";
import { InvalidRequestError } from "./invalid-request-error.js";

// undici is loaded only when a client needs its own TLS settings: loading it costs about 29 MB of
// memory, which a client on the default trust store (or plain http) should not pay.
const require = createRequire(import.meta.url);
const loadAgent = (): typeof Agent => (require("undici") as typeof import("undici")).Agent;

/** The TLS part of the client options. */
export interface TlsOptions {
  /** PEM text or a path to a PEM file, or several. */
  readonly ca?: string | readonly string[] | undefined;
  /** Skip certificate verification. */
  readonly insecure?: boolean | undefined;
  /** Receives the warning when `insecure` is set. */
  readonly onInsecure?: ((message: string) => void) | undefined;
}

/** The warning given when certificate verification is off. */
export const INSECURE_WARNING =
  "TLS certificate verification is off (insecure: true): anyone on the network path can read the vCenter and guest credentials. Pass ca instead.";

/**
 * The undici Agent that carries the TLS settings into the built-in fetch (as its `dispatcher`), or
 * `undefined` when the defaults apply. One Agent per client, so connections are kept alive and reused.
 */
export function createDispatcher(options: TlsOptions): Agent | undefined {
  if (options.insecure === true && options.ca !== undefined) {
    throw new InvalidRequestError({
      reason: "invalidOption",
      operation: "createClient",
      detail:
        "ca and insecure exclude each other: trust the CA with ca, or (knowingly) skip verification with insecure",
    });
  }
  if (options.insecure === true) {
    if (options.onInsecure === undefined) {
      process.emitWarning(INSECURE_WARNING, { code: "GUESTOPS_INSECURE_TLS" });
    } else {
      options.onInsecure(INSECURE_WARNING);
    }
    return new (loadAgent())({ connect: { rejectUnauthorized: false } });
  }
  if (options.ca === undefined) return undefined;
  const list = typeof options.ca === "string" ? [options.ca] : [...options.ca];
  return new (loadAgent())({ connect: { ca: list.map(readPem) } });
}

function readPem(value: string): string {
  if (value.includes("-----BEGIN")) return value;
  try {
    return readFileSync(value, "utf8");
  } catch (error) {
    throw new InvalidRequestError({
      reason: "invalidOption",
      operation: "createClient",
      detail: `ca is neither PEM text nor a readable file (${(error as NodeJS.ErrnoException).code ?? "unreadable"}): pass the vCenter CA certificate`,
    });
  }
}
