import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkCaFiles } from "./ca-files.js";

const dir = mkdtempSync(join(tmpdir(), "guestops-ca-files-"));
const good = join(dir, "good.pem");
const noCertificate = join(dir, "bad.pem");
writeFileSync(good, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
writeFileSync(noCertificate, "hello, not a certificate\n");

test("accepts readable files that hold a PEM certificate", async () => {
  await expect(checkCaFiles("--ca-file", [good])).resolves.toBeUndefined();
});

test.each<[string, string, string[], RegExp]>([
  [
    "a directory",
    "--ca-file",
    [dir],
    /^--ca-file \S+ is a directory: give the PEM file of the vCenter CA \(the file itself\)$/,
  ],
  [
    "a file without a certificate",
    "GUESTOPS_CA_FILE",
    [noCertificate],
    /^GUESTOPS_CA_FILE \S+bad\.pem holds no PEM certificate \(no "-----BEGIN CERTIFICATE-----" line\): give the vCenter CA certificate in PEM form/,
  ],
  [
    "a missing file after a good one",
    "GOVC_TLS_CA_CERTS",
    [good, "/nope.pem"],
    /^GOVC_TLS_CA_CERTS \/nope\.pem cannot be read \(ENOENT\)/,
  ],
])(
  "refuses %s, naming the flag or variable and the file",
  async (_title, source, files, message) => {
    await expect(checkCaFiles(source, files)).rejects.toThrow(message);
    await expect(checkCaFiles(source, files)).rejects.toMatchObject({ name: "UsageError" });
  },
);
