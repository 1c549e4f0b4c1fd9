import type { MiddlewareHandler } from "hono";
import type { AppContext } from "./app-context.js";
import { type AppEnv, logFields } from "./app-env.js";
import { readBody } from "./read-body.js";
import { errorResponse } from "./responses.js";
import {
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE,
  TIMESTAMP_HEADER,
  verifySignature,
} from "./signature.js";

/**
 * A signature stays acceptable until its timestamp is 300 s behind the clock, at most 600 s after
 * it is first seen; a minute more covers clock skew between instances sharing one store.
 */
export const REPLAY_WINDOW = 2 * SIGNATURE_TOLERANCE + 60_000;

/**
 * Reads the raw body (413 past 64 KiB), checks the signature on it (401) and refuses a signature
 * seen before (401, replay). Nothing else runs first: no parsing, no policy, no vCenter.
 */
export function verifyRequest(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // `/runs` and `/runs/*` can both match one request: verify (and record the signature) once.
    if (c.get("verified")) return next();
    const read = await readBody(c.req.raw);
    if (!read.ok) {
      logFields(c, { reason: "body_too_large" });
      return errorResponse(413, "payload_too_large", read.reason);
    }
    const url = new URL(c.req.url);
    const check = await verifySignature({
      keys: (await ctx.keys()).request,
      timestamp: c.req.header(TIMESTAMP_HEADER),
      signature: c.req.header(SIGNATURE_HEADER),
      method: c.req.method,
      path: url.pathname + url.search,
      body: read.body,
      now: ctx.now(),
    });
    if (!check.ok) {
      logFields(c, { reason: "signature" });
      return errorResponse(401, "unauthorized", check.reason);
    }
    let fresh: boolean;
    try {
      fresh = await ctx.store.setIfAbsent(`replay:${check.mac}`, "1", REPLAY_WINDOW);
    } catch {
      // Fail closed: without the replay guard a captured request could be sent again.
      logFields(c, { reason: "store_unavailable" });
      return errorResponse(
        503,
        "service_unavailable",
        "replay protection store is unavailable",
        {},
        {
          "retry-after": "1",
        },
      );
    }
    if (!fresh) {
      logFields(c, { reason: "replay" });
      return errorResponse(
        401,
        "unauthorized",
        "signature was already used (replay); sign each request anew",
      );
    }
    c.set("body", read.body);
    c.set("verified", true);
    await next();
  };
}
