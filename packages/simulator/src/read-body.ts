import type { IncomingMessage } from "node:http";

/** How far past its limit a body is drained (so the client still reads our 400) before we hang up. */
const DRAIN_SLACK_BYTES = 1024 * 1024;

/** A request body, and whether it was longer than the limit (then `body` holds only the start). */
export interface ReadBody {
  readonly body: Buffer;
  readonly length: number;
  readonly overflow: boolean;
}

/** Reads a request body, keeping at most `limit` bytes in memory. */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let length = 0;
    req.on("data", (chunk: Buffer) => {
      length += chunk.length;
      if (kept < limit) {
        const part = chunk.subarray(0, limit - kept);
        chunks.push(part);
        kept += part.length;
      }
      if (length > limit + DRAIN_SLACK_BYTES) req.destroy();
    });
    req.on("end", () => resolve({ body: Buffer.concat(chunks), length, overflow: length > limit }));
    req.on("error", reject);
    req.on("close", () => {
      if (!req.complete) reject(new Error("request aborted"));
    });
  });
}
