import type { Handler } from "hono";
import type { AppContext } from "./app-context.js";
import { type AppEnv, logFields } from "./app-env.js";
import { failureResponse } from "./failure-response.js";
import { IDEMPOTENCY_HEADER, isValidIdempotencyKey, startOnce } from "./idempotency.js";
import { observeRun } from "./observe-run.js";
import { checkStartRequest } from "./policy-check.js";
import { errorResponse, jsonResponse } from "./responses.js";
import { verifyRunId } from "./run-id.js";
import type { RunView } from "./run-view.js";
import { parseStartRequest } from "./start-request.js";
import { startRun } from "./start-run.js";

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * `POST /runs`: validates (415, 400), applies the policy (403), then starts the program once per
 * Idempotency-Key and answers 202 at once, or 200 with the result if it ends within `waitMs`.
 */
export function startRunRoute(ctx: AppContext): Handler<AppEnv> {
  return async (c) => {
    const reject = (reason: string, response: Response) => {
      logFields(c, { reason });
      return response;
    };
    const contentType = c.req.header("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      return reject(
        "content_type",
        errorResponse(415, "unsupported_media_type", "content-type must be application/json"),
      );
    }
    const body = c.get("body");
    let json: unknown;
    try {
      json = JSON.parse(decoder.decode(body));
    } catch {
      return reject(
        "json",
        errorResponse(400, "bad_request", "body is not valid JSON", { field: "body" }),
      );
    }
    const parsed = parseStartRequest(json);
    if (!parsed.ok) {
      return reject(
        "schema",
        errorResponse(400, "bad_request", parsed.message, { field: parsed.field }),
      );
    }
    const request = parsed.request;
    logFields(c, { vm: request.vm });
    const decision = checkStartRequest(ctx.policy, request);
    if (!decision.allowed)
      return reject("policy", errorResponse(403, "forbidden", decision.reason));
    const idempotencyKey = c.req.header(IDEMPOTENCY_HEADER);
    if (idempotencyKey !== undefined && !isValidIdempotencyKey(idempotencyKey)) {
      return reject(
        "schema",
        errorResponse(
          400,
          "bad_request",
          "Idempotency-Key must be 1 to 255 visible ASCII characters",
          {
            field: "Idempotency-Key",
          },
        ),
      );
    }

    let view: RunView;
    let replayed = false;
    try {
      const outcome =
        idempotencyKey === undefined
          ? await startRun(ctx, request)
          : await startOnce(ctx, idempotencyKey, body, () => startRun(ctx, request));
      if (!outcome.ok) {
        logFields(c, { reason: outcome.reason });
        return outcome.response;
      }
      view = outcome.view;
      replayed = "replayed" in outcome && outcome.replayed;
    } catch (error) {
      const failure = failureResponse(error);
      logFields(c, { reason: failure.reason });
      return failure.response;
    }
    logFields(c, { vm: view.vm, pid: view.pid, run: "running" });
    const headers: Record<string, string> = replayed ? { "idempotent-replayed": "true" } : {};

    const waitMs = Math.min(request.waitMs ?? 0, ctx.maxWaitMs);
    if (waitMs > 0) {
      try {
        const finished = await waitForRun(ctx, view, waitMs);
        if (finished !== undefined) {
          logFields(c, { run: finished.status });
          return jsonResponse(200, finished, headers);
        }
      } catch (error) {
        // The run started: report it (202) rather than an error the sender would retry.
        logFields(c, { reason: failureResponse(error).reason });
      }
    }
    return jsonResponse(202, view, { location: `/runs/${view.id}`, ...headers });
  };
}

/** Looks at the run with growing pauses until it ends or `waitMs` runs out. */
async function waitForRun(
  ctx: AppContext,
  view: RunView,
  waitMs: number,
): Promise<RunView | undefined> {
  const check = await verifyRunId(view.id, (await ctx.keys()).runId);
  if (!check.ok) return undefined;
  const credentials = ctx.guestCredentials(check.token.vm);
  if (credentials === undefined) return undefined;
  const until = ctx.now() + waitMs;
  let pause = 200;
  for (;;) {
    const observation = await observeRun(ctx, view.id, check.token, credentials);
    if (observation.finished) return observation.view;
    const left = until - ctx.now();
    if (left <= 0) return undefined;
    await ctx.sleep(Math.min(pause, left));
    pause = Math.min(pause * 2, 2_000);
  }
}
