// The HTTP side of the session: login (Basic auth) and logout on either flavor, and the probe that
// tells the flavor of a session id supplied by the caller.

import type { ClientCore } from "./client-core.js";
import type { CallOptions } from "./client-options.js";
import type { Flavor } from "./domain.js";
import { readString } from "./flavor-adapter.js";
import { invoke, sessionHeaders } from "./invoke.js";
import { type SessionCalls, type SessionState, sessionState } from "./session.js";
import { isSessionError } from "./session-error.js";
import { unexpectedAnswer } from "./to-client-error.js";

/** The session calls of a client, given its vCenter credentials. */
export function createSessionCalls(
  getCore: () => ClientCore,
  username: string | undefined,
  password: string | undefined,
): SessionCalls {
  const basic =
    username === undefined || password === undefined
      ? undefined
      : `Basic ${base64Utf8(`${username}:${password}`)}`;

  return {
    async login(flavor: Flavor, allowNotFound: boolean): Promise<string | undefined> {
      const core = getCore();
      const call = { operation: "login", context: {}, session: undefined } as const;
      try {
        const headers = { authorization: basic ?? "" };
        const result = await invoke(
          core,
          call,
          (init) =>
            flavor === "api"
              ? core.http.POST("/api/session", { ...init, headers })
              : core.http.POST("/rest/com/vmware/cis/session", {
                  ...init,
                  // Without it a /rest login also sets a session cookie, which this client never uses.
                  headers: { ...headers, "vmware-use-header-authn": "true" },
                }),
          undefined,
        );
        const token = readString(flavor, result.data);
        if (token === undefined || token === "") {
          throw unexpectedAnswer(
            { ...call, guestCall: false, secrets: core.secrets() },
            result.response.status,
          );
        }
        return token;
      } catch (error) {
        if (allowNotFound && isSessionError(error) && error.status === 404) return undefined;
        throw error;
      }
    },

    async probe(token: string): Promise<Flavor | "expired"> {
      const core = getCore();
      const state = sessionState(token, "api");
      try {
        await invoke(
          core,
          { operation: "login", context: {}, session: undefined },
          (init) => core.http.GET("/api/session", { ...init, headers: sessionHeaders(state) }),
          undefined,
        );
        return "api";
      } catch (error) {
        if (isSessionError(error) && error.status === 404) return "rest";
        if (isSessionError(error) && error.status === 401) return "expired";
        throw error;
      }
    },

    async logout(state: SessionState, signal, timeout): Promise<void> {
      const core = getCore();
      const options: CallOptions = {
        ...(signal === undefined ? {} : { signal }),
        ...(timeout === undefined ? {} : { timeout }),
      };
      try {
        await invoke(
          core,
          // No session in the spec: a logout must not renew an expired session just to end it.
          { operation: "logout", context: {}, session: undefined },
          (init) =>
            state.flavor === "api"
              ? core.http.DELETE("/api/session", { ...init, headers: sessionHeaders(state) })
              : core.http.DELETE("/rest/com/vmware/cis/session", {
                  ...init,
                  headers: sessionHeaders(state),
                }),
          options,
        );
      } catch (error) {
        // An expired session is as logged out as it gets.
        if (isSessionError(error) && error.reason === "sessionExpired") return;
        throw error;
      }
    },
  };
}

/**
 * Base64 of a string's UTF-8 bytes with web APIs only (no `Buffer`), so the client also runs on
 * Workers without Node compatibility.
 */
function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
