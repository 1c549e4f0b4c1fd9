const decoder = new TextDecoder("utf-8");

/**
 * Captured bytes cut to `max` bytes, and as text. The bytes are cut at `max` exactly (they are
 * what the guest wrote); the text is cut at a character boundary so no UTF-8 sequence is split.
 */
export function decodeOutput(
  bytes: Uint8Array,
  max: number,
): { readonly text: string; readonly bytes: Uint8Array; readonly truncated: boolean } {
  if (bytes.length <= max) return { text: decoder.decode(bytes), bytes, truncated: false };
  // Never split a UTF-8 sequence: back up over continuation bytes (10xxxxxx) to a lead byte.
  let cut = max;
  while (cut > 0 && ((bytes[cut] as number) & 0xc0) === 0x80) cut -= 1;
  return {
    text: decoder.decode(bytes.subarray(0, cut)),
    bytes: bytes.subarray(0, max),
    truncated: true,
  };
}
