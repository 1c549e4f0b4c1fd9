import { UsageError } from "../usage-error.js";
import { checkCaFiles } from "./ca-files.js";
import { firstEnv } from "./env-flag.js";
import type { SecretInput } from "./secret-input.js";
import { resolveTlsTrust } from "./tls-trust.js";
import { parseVcenterUrl } from "./vcenter-url.js";

/** The `[conn]` flags as commander parsed them. */
export interface ConnectionFlags {
  readonly url?: string;
  readonly username?: string;
  readonly passwordStdin?: boolean;
  readonly insecure?: boolean;
  readonly caFile?: string;
  readonly apiFlavor?: string;
}

/** Which API flavor to speak: probe (`auto`), the GA `/api`, or the 7.0 `/rest`. */
export type ApiFlavorChoice = "auto" | "api" | "rest";

/** Everything needed to open a vCenter session. */
export interface ConnectionConfig {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  /** Skip certificate verification; never together with `caFiles` (see resolveTlsTrust). */
  readonly insecure: boolean;
  /**
   * PEM files of CAs to trust, from `--ca-file`, `GUESTOPS_CA_FILE` or `GOVC_TLS_CA_CERTS` (which,
   * as in govc, may list several files separated by `:`). Empty: the system CAs, or `insecure`.
   */
  readonly caFiles: readonly string[];
  readonly flavor: ApiFlavorChoice;
}

type Env = Readonly<Record<string, string | undefined>>;

const FLAVORS: readonly ApiFlavorChoice[] = ["auto", "api", "rest"];

/**
 * Resolves the vCenter connection: flags first, then `GUESTOPS_*`, then govc's `GOVC_*`. The
 * password is never a flag value: it comes from `--password-stdin`, `GUESTOPS_PASSWORD`,
 * `GOVC_PASSWORD` or the `user:pass@` part of a URL set in the environment.
 *
 * @throws {UsageError} when something is missing or malformed; messages say where to set it.
 */
export async function resolveConnection(
  flags: ConnectionFlags,
  env: Env,
  secrets: SecretInput,
): Promise<ConnectionConfig> {
  const urlSource = flags.url
    ? { name: "--url", value: flags.url }
    : firstEnv(env, "GUESTOPS_URL", "GOVC_URL");
  if (!urlSource) {
    throw new UsageError(
      "no vCenter given: pass --url <host>, or set GUESTOPS_URL (or govc's GOVC_URL)",
    );
  }
  const parsed = parseVcenterUrl(urlSource.value, urlSource.name);
  if (urlSource.name === "--url" && parsed.password !== undefined) {
    // It is already in this process's argv; the least we can do is not use it, and say why.
    throw new UsageError(
      "--url must not carry a password (anyone can read a command line): set GUESTOPS_PASSWORD or use --password-stdin",
    );
  }

  const username =
    flags.username ?? firstEnv(env, "GUESTOPS_USERNAME", "GOVC_USERNAME")?.value ?? parsed.username;
  if (!username) {
    throw new UsageError(
      "no vCenter user name: pass --username, set GUESTOPS_USERNAME (or GOVC_USERNAME), or write user@host in the URL",
    );
  }

  let password: string | undefined;
  if (flags.passwordStdin) {
    password = await secrets.nextLine(`vCenter password for ${username}: `);
    if (!password) {
      throw new UsageError(
        "--password-stdin read no password: pipe it in, e.g. printf '%s\\n' \"$PW\" | guestops ...",
      );
    }
  } else {
    password = firstEnv(env, "GUESTOPS_PASSWORD", "GOVC_PASSWORD")?.value ?? parsed.password;
  }
  if (!password) {
    throw new UsageError(
      "no vCenter password: set GUESTOPS_PASSWORD (or GOVC_PASSWORD), or pipe it to --password-stdin",
    );
  }

  const trust = resolveTlsTrust(flags, env);
  if (trust.kind === "ca") await checkCaFiles(trust.source, trust.files);

  const flavorSource = flags.apiFlavor ?? firstEnv(env, "GUESTOPS_API_FLAVOR")?.value ?? "auto";
  if (!FLAVORS.includes(flavorSource as ApiFlavorChoice)) {
    throw new UsageError(
      `--api-flavor ${JSON.stringify(flavorSource)} is not one of auto, api, rest`,
    );
  }

  return {
    url: parsed.url,
    username,
    password,
    insecure: trust.kind === "insecure",
    caFiles: trust.kind === "ca" ? trust.files : [],
    flavor: flavorSource as ApiFlavorChoice,
  };
}
