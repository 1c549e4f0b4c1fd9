import { generate } from "selfsigned";

/** A server certificate, its key, and the CA certificate a client must trust. */
export interface TlsMaterial {
  /** Server certificate (PEM). */
  readonly cert: string;
  /** Server private key (PEM). */
  readonly key: string;
  /** CA certificate to trust (PEM). */
  readonly ca: string;
}

/** Validity of generated certificates, in ms (they live as long as a test run; a day is plenty). */
const VALIDITY_MS = 24 * 60 * 60 * 1000;

async function createMaterial(): Promise<TlsMaterial> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + VALIDITY_MS);
  const common = { keyType: "ec", algorithm: "sha256", notBeforeDate, notAfterDate } as const;
  // A throwaway CA plus a leaf it signs: the leaf carries the names clients connect to, and
  // clients trust the CA, the same shape as a real vCenter's VMCA.
  const ca = await generate([{ name: "commonName", value: "guestops simulator CA" }], {
    ...common,
    extensions: [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const leaf = await generate([{ name: "commonName", value: "localhost" }], {
    ...common,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  return { cert: leaf.cert, key: leaf.private, ca: ca.cert };
}

let shared: Promise<TlsMaterial> | undefined;

/**
 * A CA-signed certificate for 127.0.0.1, ::1 and localhost. Generated once per process and
 * shared by every simulator in it, so a test suite starting many pays for it once.
 */
export function localhostTls(): Promise<TlsMaterial> {
  shared ??= createMaterial().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
