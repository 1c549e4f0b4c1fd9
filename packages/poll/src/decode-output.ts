const decoder = new TextDecoder("utf-8");

/** Captured bytes as text, cut to `max` bytes at a character boundary. */
export function decodeOutput(
  bytes: Uint8Array,
  max: number,
): { readonly text: string; readonly truncated: boolean } {
  if (bytes.length <= max) return { text: decoder.decode(bytes), truncated: false };
  // Never split a UTF-8 sequence: back up over continuation bytes (10xxxxxx) to a lead byte.
  let cut = max;
  while (cut > 0 && ((bytes[cut] as number) & 0xc0) === 0x80) cut -= 1;
  return { text: decoder.decode(bytes.subarray(0, cut)), truncated: true };
}
