/** The largest request body accepted, in bytes (64 KiB). */
export const MAX_BODY_BYTES = 65_536;

export type BodyRead = { ok: true; body: Uint8Array } | { ok: false; reason: string };

/**
 * Reads a request's raw body, stopping as soon as it passes `limit`: a declared Content-Length
 * over the limit is refused unread, and a chunked body is cut off at the limit, not buffered.
 */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyRead> {
  const tooLarge = { ok: false, reason: `body is larger than ${limit} bytes` } as const;
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) return tooLarge;
  if (request.body === null) return { ok: true, body: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return tooLarge;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, body };
}
