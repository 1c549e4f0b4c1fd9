// btoa/atob exist on Node, Lambda and Workers; Buffer does not exist on Workers.

export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * Undefined when `text` is not canonical base64url (no padding, URL alphabet only, unused
 * trailing bits zero). atob ignores those trailing bits, so without the canonical check a MAC's
 * last character could be swapped for a neighbour (`…A` for `…B`) and still verify: one run would
 * then have several valid ids.
 */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return encodeBase64Url(bytes) === text ? bytes : undefined;
}
