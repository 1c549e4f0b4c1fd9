import { UsageError } from "../usage-error.js";
import { firstEnv, readBooleanEnv } from "./env-flag.js";

/** How to check vCenter's TLS certificate: one setting, whichever flag or variable gave it. */
export type TlsTrust =
  /** Node's built-in CAs. */
  | { readonly kind: "system" }
  /** No verification at all; `source` names the flag or variable that asked for it. */
  | { readonly kind: "insecure"; readonly source: string }
  /** These PEM files' CAs; `source` names the flag or variable they came from. */
  | { readonly kind: "ca"; readonly source: string; readonly files: readonly string[] };

/** The TLS flags as commander parsed them. */
export interface TlsFlags {
  readonly insecure?: boolean;
  readonly caFile?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** What one level of precedence (flags, GUESTOPS_*, GOVC_*) says about TLS trust. */
interface Level {
  readonly insecureName: string;
  readonly insecure: boolean | undefined;
  readonly ca: { readonly name: string; readonly value: string } | undefined;
  /** What to do when this level both names a CA and asks to skip verification. */
  readonly onBoth: "refuse" | "verify";
}

/**
 * Resolves TLS trust as ONE setting, by the README's precedence: flags, then `GUESTOPS_*`, then
 * govc's `GOVC_*`. The highest level that names a CA or asks for `--insecure` wins outright, so
 * `--insecure` beats `GUESTOPS_CA_FILE`, and `--ca-file` beats `GOVC_INSECURE=1`. An explicit
 * "verify" (`GUESTOPS_INSECURE=0`) cancels an insecure setting below it but keeps a CA from below:
 * it asks for verification, and the CA is what to verify with.
 *
 * @throws {UsageError} when one level both names a CA and asks to skip verification (flags or
 *   `GUESTOPS_*`): the user said two opposite things and must pick one.
 */
export function resolveTlsTrust(flags: TlsFlags, env: Env): TlsTrust {
  const levels: readonly Level[] = [
    {
      insecureName: "--insecure",
      insecure: flags.insecure === true ? true : undefined,
      ca: flags.caFile ? { name: "--ca-file", value: flags.caFile } : undefined,
      onBoth: "refuse",
    },
    {
      insecureName: "GUESTOPS_INSECURE",
      insecure: readBooleanEnv(env, "GUESTOPS_INSECURE"),
      ca: firstEnv(env, "GUESTOPS_CA_FILE"),
      onBoth: "refuse",
    },
    {
      insecureName: "GOVC_INSECURE",
      insecure: readBooleanEnv(env, "GOVC_INSECURE"),
      ca: firstEnv(env, "GOVC_TLS_CA_CERTS"),
      // govc loads GOVC_TLS_CA_CERTS and then, with GOVC_INSECURE=1, skips verification, so the CA
      // is never used. We verify with the CA instead: a shell that names a CA file has the CA,
      // verification is what keeps the vCenter and guest passwords from whoever sits on the path,
      // and a stale CA fails with a TLS error that says so. A govc shell cannot express "both" on
      // purpose (it is usually a leftover of one or the other), so this is not refused either.
      onBoth: "verify",
    },
  ];

  let verifyAsked = false;
  for (const level of levels) {
    const { ca, insecure } = level;
    if (ca !== undefined && insecure === true && level.onBoth === "refuse") {
      throw new UsageError(
        `${level.insecureName} and ${ca.name} exclude each other: keep ${ca.name} to verify vCenter's certificate with that CA, or (knowingly) ${level.insecureName} alone to skip verification`,
      );
    }
    if (ca !== undefined) {
      return { kind: "ca", source: ca.name, files: ca.value.split(":").filter(Boolean) };
    }
    if (insecure === true && !verifyAsked) return { kind: "insecure", source: level.insecureName };
    if (insecure === false) verifyAsked = true;
  }
  return { kind: "system" };
}
