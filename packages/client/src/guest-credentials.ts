import type { Credentials } from "@guestops/core";

/**
 * How to log in to the guest OS. Sent in the body of every guest call, never in a header.
 *
 * - `password`: a guest user name and password; `interactiveSession` runs in the logged-on desktop
 *   session (that user must be logged on).
 * - `saml`: a SAML bearer token from vCenter SSO, mapped to a guest account by a guest alias;
 *   `username` picks the account when several are mapped.
 */
export type GuestCredentials =
  | {
      readonly type: "password";
      readonly username: string;
      readonly password: string;
      /** Interact with the logged-on desktop session. @default false */
      readonly interactiveSession?: boolean;
    }
  | {
      readonly type: "saml";
      readonly token: string;
      readonly username?: string;
    };

/**
 * The wire shape of guest credentials (the one place that builds it). `interactive_session` is
 * always sent: the spec marks it required, and it is only supported with a user name and password.
 */
export function toWireCredentials(credentials: GuestCredentials): Credentials {
  if (credentials.type === "password") {
    return {
      interactive_session: credentials.interactiveSession === true,
      type: "USERNAME_PASSWORD",
      user_name: credentials.username,
      password: credentials.password,
    };
  }
  return credentials.username === undefined
    ? { interactive_session: false, type: "SAML_BEARER_TOKEN", saml_token: credentials.token }
    : {
        interactive_session: false,
        type: "SAML_BEARER_TOKEN",
        user_name: credentials.username,
        saml_token: credentials.token,
      };
}

/** The secret parts of guest credentials (password or token), for scrubbing error text. */
export function guestSecrets(credentials: GuestCredentials | undefined): readonly string[] {
  if (credentials === undefined) return [];
  return credentials.type === "password" ? [credentials.password] : [credentials.token];
}
