import { describe, expect, test } from "vitest";
import { authenticateGuest } from "./guest-auth.js";
import { toVmState } from "./inventory-config.js";
import type { GuestCredentials } from "./request-schemas.js";

const vm = toVmState({
  id: "vm-1",
  name: "a",
  guestUsers: [{ username: "root", password: "pw" }],
  samlTokens: [{ token: "tok", username: "root" }],
});

function password(user_name?: string, pw?: string): GuestCredentials {
  return {
    interactive_session: false,
    type: "USERNAME_PASSWORD",
    user_name,
    password: pw,
    saml_token: undefined,
  };
}

function saml(token?: string, user_name?: string): GuestCredentials {
  return {
    interactive_session: false,
    type: "SAML_BEARER_TOKEN",
    user_name,
    password: undefined,
    saml_token: token,
  };
}

describe("authenticateGuest", () => {
  test("accepts a configured user and password", () => {
    expect(authenticateGuest(vm, password("root", "pw")).username).toBe("root");
  });

  test("accepts a configured SAML token as its user", () => {
    expect(authenticateGuest(vm, saml("tok")).username).toBe("root");
    expect(authenticateGuest(vm, saml("tok", "root")).username).toBe("root");
  });

  test.each([
    ["a wrong password", password("root", "nope")],
    ["an unknown user", password("nobody", "pw")],
    ["no password", password("root")],
    ["an unknown token", saml("other")],
    ["a token for another user", saml("tok", "admin")],
  ])("rejects %s with UNAUTHENTICATED and the guest credentials id", (_label, credentials) => {
    expect(() => authenticateGuest(vm, credentials)).toThrow(
      expect.objectContaining({
        errorType: "UNAUTHENTICATED",
        messageId: "com.vmware.vcenter.vm.guest.credentials.invalid",
      }),
    );
  });
});
