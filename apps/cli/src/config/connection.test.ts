import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { resolveConnection } from "./connection.js";
import { createSecretInput } from "./secret-input.js";

const noStdin = createSecretInput(async () => {
  throw new Error("stdin must not be read");
});
const stdin = (text: string) => createSecretInput(async () => text);
const dir = mkdtempSync(join(tmpdir(), "guestops-ca-"));
const caA = join(dir, "a.pem");
const caB = join(dir, "b.pem");
writeFileSync(caA, "-----BEGIN CERTIFICATE-----\n");
writeFileSync(caB, "-----BEGIN CERTIFICATE-----\n");

describe("resolveConnection", () => {
  test("takes everything from the GUESTOPS_* variables", async () => {
    const config = await resolveConnection(
      {},
      {
        GUESTOPS_URL: "vc.example.com",
        GUESTOPS_USERNAME: "admin",
        GUESTOPS_PASSWORD: "pw",
        GUESTOPS_CA_FILE: caA,
      },
      noStdin,
    );
    expect(config).toEqual({
      url: "https://vc.example.com",
      username: "admin",
      password: "pw",
      insecure: false,
      caFiles: [caA],
      flavor: "auto",
    });
  });

  test("honours govc's variables, with user and password in GOVC_URL (GOVC_TLS_CA_CERTS over GOVC_INSECURE)", async () => {
    const config = await resolveConnection(
      {},
      {
        GOVC_URL: "administrator@vsphere.local:pw@vc/sdk",
        GOVC_INSECURE: "1",
        GOVC_TLS_CA_CERTS: `${caA}:${caB}`,
      },
      noStdin,
    );
    expect(config).toMatchObject({
      url: "https://vc",
      username: "administrator@vsphere.local",
      password: "pw",
      insecure: false,
      caFiles: [caA, caB],
    });
  });

  test("prefers flags to GUESTOPS_* and GUESTOPS_* to GOVC_*", async () => {
    const env = {
      GUESTOPS_URL: "a",
      GOVC_URL: "b",
      GUESTOPS_USERNAME: "u1",
      GOVC_USERNAME: "u2",
      GUESTOPS_PASSWORD: "p1",
      GOVC_PASSWORD: "p2",
    };
    expect(await resolveConnection({}, env, noStdin)).toMatchObject({
      url: "https://a",
      username: "u1",
      password: "p1",
    });
    expect(
      await resolveConnection({ url: "c", username: "u0", apiFlavor: "rest" }, env, noStdin),
    ).toMatchObject({ url: "https://c", username: "u0", password: "p1", flavor: "rest" });
  });

  test("lets GOVC_USERNAME and GOVC_PASSWORD override the user part of GOVC_URL", async () => {
    const config = await resolveConnection(
      {},
      { GOVC_URL: "old:oldpw@vc", GOVC_USERNAME: "new", GOVC_PASSWORD: "newpw" },
      noStdin,
    );
    expect(config).toMatchObject({ username: "new", password: "newpw" });
  });

  test("refuses a CA file it cannot read, naming where it came from", async () => {
    await expect(
      resolveConnection({ caFile: join(dir, "missing.pem") }, { GUESTOPS_URL: "u:p@vc" }, noStdin),
    ).rejects.toThrow(/^--ca-file \S+missing\.pem cannot be read \(ENOENT\)/);
    await expect(
      resolveConnection(
        {},
        { GUESTOPS_URL: "u:p@vc", GOVC_TLS_CA_CERTS: `${caA}:/nope.pem` },
        noStdin,
      ),
    ).rejects.toThrow(/^GOVC_TLS_CA_CERTS \/nope\.pem cannot be read/);
  });

  test("reads the password from the first line of stdin with --password-stdin", async () => {
    const config = await resolveConnection(
      { url: "vc", username: "u", passwordStdin: true },
      { GUESTOPS_PASSWORD: "ignored" },
      stdin("from-stdin\n"),
    );
    expect(config.password).toBe("from-stdin");
  });

  test("refuses a password written into --url, without repeating it", async () => {
    const attempt = resolveConnection({ url: "u:hunter2@vc" }, {}, noStdin);
    await expect(attempt).rejects.toThrow(/--url must not carry a password/);
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });

  test.each([
    [{}, /no vCenter given: pass --url/],
    [{ GUESTOPS_URL: "vc" }, /no vCenter user name/],
    [{ GUESTOPS_URL: "vc", GUESTOPS_USERNAME: "u" }, /no vCenter password: set GUESTOPS_PASSWORD/],
    [{ GUESTOPS_URL: "u:p@vc", GOVC_INSECURE: "maybe" }, /GOVC_INSECURE="maybe" is not a boolean/],
    [
      { GUESTOPS_URL: "u:p@vc", GUESTOPS_API_FLAVOR: "soap" },
      /"soap" is not one of auto, api, rest/,
    ],
  ])("explains what is missing in %j", async (env, message) => {
    await expect(resolveConnection({}, env, noStdin)).rejects.toThrow(message);
  });

  test("explains an empty stdin for --password-stdin", async () => {
    await expect(
      resolveConnection({ url: "u@vc", passwordStdin: true }, {}, stdin("")),
    ).rejects.toThrow(/--password-stdin read no password/);
  });
});
