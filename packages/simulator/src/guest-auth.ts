import type { GuestUser, VmState } from "./inventory-config.js";
import { GUEST_CREDENTIALS_INVALID_ID } from "./message-ids.js";
import type { GuestCredentials } from "./request-schemas.js";
import { secretEquals } from "./secret-equals.js";
import { VapiFault } from "./vapi-fault.js";

function rejected(): VapiFault {
  // A different message id than the session's 401, so clients can tell "log in again" from
  // "these guest credentials will never work".
  return new VapiFault(
    "UNAUTHENTICATED",
    GUEST_CREDENTIALS_INVALID_ID,
    "The guest operations agent could not authenticate the guest credentials.",
  );
}

/**
 * The guest user that the credentials of a guest call authenticate, or a 401 UNAUTHENTICATED.
 * SAML tokens map to the user configured with them; a `user_name` sent with a token must match it.
 */
export function authenticateGuest(vm: VmState, credentials: GuestCredentials): GuestUser {
  if (credentials.type === "USERNAME_PASSWORD") {
    const { user_name: name, password } = credentials;
    if (name === undefined || password === undefined) throw rejected();
    const user = vm.guestUsers.find((candidate) => candidate.username === name);
    // Compare a password even for an unknown user, so timing does not reveal user names.
    const ok = secretEquals(user?.password ?? "\u0000unknown", password);
    if (user === undefined || !ok) throw rejected();
    return user;
  }
  const token = credentials.saml_token;
  if (token === undefined) throw rejected();
  const match = vm.samlTokens.find((candidate) => secretEquals(candidate.token, token));
  if (match === undefined) throw rejected();
  if (credentials.user_name !== undefined && credentials.user_name !== match.username) {
    throw rejected();
  }
  return (
    vm.guestUsers.find((candidate) => candidate.username === match.username) ?? {
      username: match.username,
      password: "",
    }
  );
}
