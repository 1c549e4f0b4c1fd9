import { readFile } from "node:fs/promises";
import { UsageError } from "../usage-error.js";
import { firstEnv } from "./env-flag.js";
import type { SecretInput } from "./secret-input.js";

/** The `[guest]` flags as commander parsed them. */
export interface GuestFlags {
  readonly guestUser?: string;
  readonly guestPasswordStdin?: boolean;
  readonly samlTokenFile?: string;
  readonly interactive?: boolean;
}

/** Guest credentials in the shape `@guestops/client` takes. */
export type GuestCredentials =
  | {
      readonly type: "password";
      readonly username: string;
      readonly password: string;
      readonly interactiveSession?: boolean;
    }
  | { readonly type: "saml"; readonly token: string; readonly username?: string };

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Resolves the guest login: `--saml-token-file` (a SAML bearer token, `--guest-user` optional),
 * or a user name (`--guest-user`, `GUESTOPS_GUEST_USER`, or the user of govc's
 * `GOVC_GUEST_LOGIN=user:pass`) with a password from `--guest-password-stdin`,
 * `GUESTOPS_GUEST_PASSWORD` or `GOVC_GUEST_LOGIN`.
 *
 * @throws {UsageError} when the login is missing or contradictory.
 */
export async function resolveGuestCredentials(
  flags: GuestFlags,
  env: Env,
  secrets: SecretInput,
): Promise<GuestCredentials> {
  const govcLogin = splitLogin(env.GOVC_GUEST_LOGIN);
  const username =
    flags.guestUser ?? firstEnv(env, "GUESTOPS_GUEST_USER")?.value ?? govcLogin?.username;

  if (flags.samlTokenFile) {
    if (flags.interactive) {
      throw new UsageError(
        "--interactive works only with a guest password, not with --saml-token-file",
      );
    }
    if (flags.guestPasswordStdin) {
      throw new UsageError("give either --saml-token-file or --guest-password-stdin, not both");
    }
    const token = await readToken(flags.samlTokenFile);
    return { type: "saml", token, ...(username ? { username } : {}) };
  }

  if (!username) {
    throw new UsageError(
      "no guest user: pass --guest-user, or set GUESTOPS_GUEST_USER (or govc's GOVC_GUEST_LOGIN=user:pass)",
    );
  }
  let password: string | undefined;
  if (flags.guestPasswordStdin) {
    password = await secrets.nextLine(`guest password for ${username}: `);
    if (password === undefined) {
      throw new UsageError("--guest-password-stdin read no password: pipe it in on its own line");
    }
  } else {
    password = firstEnv(env, "GUESTOPS_GUEST_PASSWORD")?.value ?? govcLogin?.password;
  }
  if (password === undefined) {
    throw new UsageError(
      "no guest password: set GUESTOPS_GUEST_PASSWORD (or GOVC_GUEST_LOGIN=user:pass), or pipe it to --guest-password-stdin",
    );
  }
  return {
    type: "password",
    username,
    password,
    ...(flags.interactive ? { interactiveSession: true } : {}),
  };
}

function splitLogin(
  login: string | undefined,
): { username: string; password?: string } | undefined {
  if (!login) return undefined;
  const colon = login.indexOf(":");
  if (colon === -1) return { username: login };
  return { username: login.slice(0, colon), password: login.slice(colon + 1) };
}

async function readToken(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new UsageError(`--saml-token-file ${file} cannot be read (${code}): check the path`);
  }
  const token = text.trim();
  if (!token) throw new UsageError(`--saml-token-file ${file} is empty`);
  return token;
}
