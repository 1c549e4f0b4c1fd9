// Secrets planted for the hygiene tests: unique, so that any occurrence in captured output is a
// leak, never a coincidence.

export const VC_USER = "administrator@vsphere.local";

export const PLANTED = {
  vcenterPassword: "vcPw-PLANTED-4d1f9a77c2",
  wrongVcenterPassword: "vcPw-WRONG-PLANTED-8e02b1",
  guestPassword: "guestPw-PLANTED-b7c310e5",
  wrongGuestPassword: "guestPw-WRONG-PLANTED-61aa0f",
  samlToken: "saml-PLANTED-token-0f5e2c9d41",
  wrongSamlToken: "saml-WRONG-PLANTED-token-77b3",
  webhookSecret: "whsec-PLANTED-0123456789abcdef0123456789abcdef",
  wrongWebhookSecret: "whsec-WRONG-PLANTED-fedcba9876543210fedcba98765",
  envValue: "envVal-PLANTED-93c1d0",
} as const;

/** Every form a planted secret may leak in: as is, and in Basic-auth and URL encodings. */
export function secretForms(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [name, secret] of Object.entries(PLANTED)) {
    forms.set(secret, name);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) forms.set(encoded, `${name} (url-encoded)`);
  }
  const pairs: [string, string][] = [
    [VC_USER, PLANTED.vcenterPassword],
    [VC_USER, PLANTED.wrongVcenterPassword],
    ["root", PLANTED.guestPassword],
    ["root", PLANTED.wrongGuestPassword],
  ];
  for (const [user, pass] of pairs) {
    const basic = Buffer.from(`${user}:${pass}`).toString("base64");
    forms.set(basic, `base64(${user}:${pass})`);
    // Unpadded and base64url forms, where they differ from the Basic header's.
    for (const form of [
      basic.replace(/=+$/, ""),
      Buffer.from(`${user}:${pass}`).toString("base64url"),
    ]) {
      if (!forms.has(form)) forms.set(form, `base64(${user}:${pass}), another alphabet or padding`);
    }
  }
  return forms;
}

/**
 * Text plus the decoding of every base64 or base64url run in it (run ids, handles, tokens):
 * a secret hidden in an encoded blob is still a leak.
 */
export function withDecodedBlobs(text: string): string {
  const decoded: string[] = [];
  for (const match of text.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) {
    const blob = match[0];
    for (const encoding of ["base64", "base64url"] as const) {
      decoded.push(Buffer.from(blob, encoding).toString("latin1"));
    }
  }
  return decoded.length === 0 ? text : `${text}\n${decoded.join("\n")}`;
}

/** The planted secrets (in any form) found in what was captured; [] when clean. */
export function findSecrets(captured: string | Uint8Array): string[] {
  const text = typeof captured === "string" ? captured : Buffer.from(captured).toString("utf8");
  const searched = withDecodedBlobs(text);
  const found: string[] = [];
  for (const [form, what] of secretForms()) if (searched.includes(form)) found.push(what);
  return [...new Set(found)];
}
