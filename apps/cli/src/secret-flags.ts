import { UsageError } from "./usage-error.js";

// Flags people try by habit (govc has -password in its URL, many tools have --password). Each one
// would put a secret into argv, which every local user can read with `ps`.
const REJECTED: readonly { readonly flag: string; readonly instead: string }[] = [
  {
    flag: "--password",
    instead: "set GUESTOPS_PASSWORD (or GOVC_PASSWORD), or pipe it to --password-stdin",
  },
  {
    flag: "--guest-password",
    instead:
      "set GUESTOPS_GUEST_PASSWORD (or GOVC_GUEST_LOGIN=user:pass), or pipe it to --guest-password-stdin",
  },
  { flag: "--saml-token", instead: "put the token in a file and pass --saml-token-file <file>" },
];

/**
 * Refuses a secret passed as a flag value, before the argument parser (and so before anything
 * else) runs. Only the arguments before `--` are checked: what follows is the guest program's.
 *
 * @throws {UsageError} naming the flag and how to pass the secret instead; never the value.
 */
export function rejectSecretFlags(argv: readonly string[]): void {
  for (const arg of argv) {
    if (arg === "--") return;
    for (const { flag, instead } of REJECTED) {
      if (arg === flag || arg.startsWith(`${flag}=`)) {
        throw new UsageError(
          `${flag} is not accepted: a secret on the command line is visible to every user of this machine (ps); ${instead}`,
        );
      }
    }
  }
}
