import { InvalidRequestError } from "./invalid-request-error.js";

/** Where vCenter is, and the credentials a govc-style URL carried. */
export interface Target {
  /** Scheme, host, port and any path prefix, without user info or trailing slash: the base of every call. */
  readonly baseUrl: string;
  /** `host:port` as called (the port only when not the scheme's default). */
  readonly host: string;
  /** `https:` or `http:`. */
  readonly protocol: string;
  /** User name from the URL, decoded. */
  readonly username?: string;
  /** Password from the URL, decoded. */
  readonly password?: string;
}

/**
 * Reads the `url` option: a bare host gets `https://`, user info is taken out, and govc's `/sdk`
 * path (the SOAP endpoint) is dropped because the REST paths start at the root.
 */
export function parseTarget(input: string): Target {
  const text = typeof input === "string" ? input.trim() : "";
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid("is not a host name or URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw invalid("must use https (or http)");
  if (url.hostname === "") throw invalid("has no host");
  const username = url.username === "" ? undefined : decodeURIComponent(url.username);
  const password = url.password === "" ? undefined : decodeURIComponent(url.password);
  const path = url.pathname.replace(/\/sdk\/?$/, "").replace(/\/+$/, "");
  const target = {
    baseUrl: `${url.protocol}//${url.host}${path}`,
    host: url.host,
    protocol: url.protocol,
  };
  return {
    ...target,
    ...(username === undefined ? {} : { username }),
    ...(password === undefined ? {} : { password }),
  };
}

function invalid(problem: string): InvalidRequestError {
  // The URL itself is not quoted: it may carry a password.
  return new InvalidRequestError({
    reason: "invalidOption",
    operation: "createClient",
    detail: `the url option ${problem}: pass a vCenter host name or an https:// URL`,
  });
}
