import type { CommandContext } from "./command-context.js";
import {
  type ConnectionConfig,
  type ConnectionFlags,
  resolveConnection,
} from "./config/connection.js";
import {
  type GuestCredentials,
  type GuestFlags,
  resolveGuestCredentials,
} from "./config/guest-credentials.js";
import type { SecretInput } from "./config/secret-input.js";

const NO_SECRETS: SecretInput = { nextLine: async () => undefined };

/** The vCenter connection of a command that needs no guest login (`vms`). */
export function resolveVcenterLogin(
  flags: ConnectionFlags,
  context: CommandContext,
): Promise<ConnectionConfig> {
  const secrets = flags.passwordStdin ? context.stdin.secrets("--password-stdin") : NO_SECRETS;
  return resolveConnection(flags, context.io.env, secrets);
}

/**
 * The vCenter connection and the guest login, in that order (with both `*-password-stdin` flags,
 * stdin's first line is vCenter's password and the second the guest's).
 */
export async function resolveLogins(
  flags: ConnectionFlags & GuestFlags,
  context: CommandContext,
): Promise<{ connection: ConnectionConfig; credentials: GuestCredentials }> {
  const connection = await resolveVcenterLogin(flags, context);
  const secrets = flags.guestPasswordStdin
    ? context.stdin.secrets("--guest-password-stdin")
    : NO_SECRETS;
  const credentials = await resolveGuestCredentials(flags, context.io.env, secrets);
  return { connection, credentials };
}
