import { UsageError } from "../usage-error.js";

/** A vCenter address as users write it, split into the base URL and any `user:pass@` part. */
export interface ParsedVcenterUrl {
  /** Origin to talk to, e.g. `https://vc.example.com` (govc's `/sdk` path dropped). */
  readonly url: string;
  readonly username?: string;
  readonly password?: string;
}

/**
 * Reads a bare host (`vc.example.com`, `vc:8443`), a URL (`https://vc/sdk`) or govc's
 * `user:pass@host` form. The user part may itself hold `@` (`administrator@vsphere.local`): the
 * last `@` before the host separates them. Percent-escapes in the user and password are decoded.
 *
 * @throws {UsageError} when no host can be read; the message never repeats a password.
 */
export function parseVcenterUrl(text: string, source: string): ParsedVcenterUrl {
  const trimmed = text.trim();
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  const scheme = schemeMatch?.[1]?.toLowerCase() ?? "https";
  const rest = schemeMatch ? trimmed.slice(schemeMatch[0].length) : trimmed;
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? "" : rest.slice(slash);
  const at = authority.lastIndexOf("@");
  const userinfo = at === -1 ? undefined : authority.slice(0, at);
  const host = at === -1 ? authority : authority.slice(at + 1);

  if (scheme !== "https" && scheme !== "http") {
    throw new UsageError(`${source} must be an https:// URL or a host name, not ${scheme}://`);
  }
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host)) {
    throw new UsageError(
      `${source} has no valid host: write it like vc.example.com, https://vc.example.com or user@vc.example.com`,
    );
  }
  const basePath = path.replace(/\/+$/, "").replace(/\/sdk$/i, "");
  const url = `${scheme}://${host}${basePath}`;
  if (userinfo === undefined) return { url };
  const colon = userinfo.indexOf(":");
  const username = decode(colon === -1 ? userinfo : userinfo.slice(0, colon));
  const password = colon === -1 ? undefined : decode(userinfo.slice(colon + 1));
  return {
    url,
    ...(username ? { username } : {}),
    ...(password !== undefined && password !== "" ? { password } : {}),
  };
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
