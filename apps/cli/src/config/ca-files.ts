import { readFile } from "node:fs/promises";
import { UsageError } from "../usage-error.js";

const PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----";

/**
 * Checks, before anything is sent, that each CA file can be read and holds at least one PEM
 * certificate. Without this a directory fails deep in the client in its own words (`createClient:
 * ca is neither PEM text ...`), and a file without a certificate is accepted and then fails the
 * TLS handshake with advice to pass the very flag that was passed.
 *
 * @param source the flag or variable the files came from, for the message (`--ca-file`,
 *   `GUESTOPS_CA_FILE`, `GOVC_TLS_CA_CERTS`)
 * @throws {UsageError} naming the source, the file and what is wrong with it.
 */
export async function checkCaFiles(source: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "latin1");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
      if (code === "EISDIR") {
        throw new UsageError(
          `${source} ${file} is a directory: give the PEM file of the vCenter CA (the file itself)`,
        );
      }
      throw new UsageError(
        `${source} ${file} cannot be read (${code}): give the PEM file of the vCenter CA`,
      );
    }
    if (!text.includes(PEM_CERTIFICATE)) {
      throw new UsageError(
        `${source} ${file} holds no PEM certificate (no "${PEM_CERTIFICATE}" line): give the vCenter CA certificate in PEM form (a DER .cer converts with: openssl x509 -inform der -in ca.cer -out ca.pem)`,
      );
    }
  }
}
