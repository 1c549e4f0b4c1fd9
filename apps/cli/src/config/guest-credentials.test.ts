import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { resolveGuestCredentials } from "./guest-credentials.js";
import { createSecretInput } from "./secret-input.js";

const noStdin = createSecretInput(async () => "");

test("reads user and password from GUESTOPS_GUEST_*", async () => {
  expect(
    await resolveGuestCredentials(
      {},
      { GUESTOPS_GUEST_USER: "root", GUESTOPS_GUEST_PASSWORD: "pw" },
      noStdin,
    ),
  ).toEqual({ type: "password", username: "root", password: "pw" });
});

test("understands govc's GOVC_GUEST_LOGIN=user:pass, keeping colons in the password", async () => {
  expect(await resolveGuestCredentials({}, { GOVC_GUEST_LOGIN: "root:a:b" }, noStdin)).toEqual({
    type: "password",
    username: "root",
    password: "a:b",
  });
});

test("prefers --guest-user and GUESTOPS_GUEST_PASSWORD to GOVC_GUEST_LOGIN", async () => {
  expect(
    await resolveGuestCredentials(
      { guestUser: "ops", interactive: true },
      { GOVC_GUEST_LOGIN: "root:x", GUESTOPS_GUEST_PASSWORD: "y" },
      noStdin,
    ),
  ).toEqual({ type: "password", username: "ops", password: "y", interactiveSession: true });
});

test("reads the guest password from the next stdin line, after the vCenter one", async () => {
  const secrets = createSecretInput(async () => "vc-pw\nguest-pw\n");
  expect(await secrets.nextLine()).toBe("vc-pw");
  expect(
    await resolveGuestCredentials({ guestUser: "root", guestPasswordStdin: true }, {}, secrets),
  ).toMatchObject({ password: "guest-pw" });
});

test("builds SAML credentials from a token file, with an optional user", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "guestops-")), "token.xml");
  writeFileSync(file, "<saml:Assertion/>\n");
  expect(await resolveGuestCredentials({ samlTokenFile: file }, {}, noStdin)).toEqual({
    type: "saml",
    token: "<saml:Assertion/>",
  });
  expect(
    await resolveGuestCredentials({ samlTokenFile: file, guestUser: "svc" }, {}, noStdin),
  ).toEqual({ type: "saml", token: "<saml:Assertion/>", username: "svc" });
});

test.each([
  [{}, {}, /no guest user: pass --guest-user/],
  [{ guestUser: "root" }, {}, /no guest password: set GUESTOPS_GUEST_PASSWORD/],
  [{ samlTokenFile: "/nonexistent/token" }, {}, /cannot be read \(ENOENT\)/],
  [
    { samlTokenFile: "/x", interactive: true },
    {},
    /--interactive works only with a guest password/,
  ],
])("explains a missing or contradictory login (%j)", async (flags, env, message) => {
  await expect(resolveGuestCredentials(flags, env, noStdin)).rejects.toThrow(message);
});
