import { Hono, type MiddlewareHandler } from "hono";
import { type AppDeps, createAppContext } from "./app-context.js";
import type { AppEnv } from "./app-env.js";
import { errorResponse, jsonResponse } from "./responses.js";
import { deleteRunRoute, getRunRoute } from "./run-routes.js";
import { startRunRoute } from "./start-run-route.js";
import { verifyRequest } from "./verify-request.js";

/**
 * The webhook as one Web-standard app (`app.fetch(request) -> Response`), for every platform.
 * Routes: `POST /runs`, `GET /runs/{id}`, `DELETE /runs/{id}` (all signed) and `GET /healthz`.
 *
 * @example
 * const app = createApp({ secrets, policy, guestCredentials, runner, store: createMemoryStore() });
 * const response = await app.request("/healthz");
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const ctx = createAppContext(deps);
  const app = new Hono<AppEnv>();

  // One JSON log line per request, written after the response is known.
  app.use("*", async (c, next) => {
    const started = ctx.now();
    const id = ctx.requestId();
    c.set("log", {});
    c.set("verified", false);
    await next();
    c.res.headers.set("x-request-id", id);
    const fields = c.get("log");
    ctx.logger.request({
      id,
      method: c.req.method,
      route: fields.route ?? "unknown",
      status: c.res.status,
      reason: fields.reason,
      vm: fields.vm,
      pid: fields.pid,
      run: fields.run,
      durationMs: ctx.now() - started,
    });
  });

  app.get("/healthz", (c) => {
    c.get("log").route = "/healthz";
    return jsonResponse(200, { status: "ok" });
  });

  const route =
    (pattern: string): MiddlewareHandler<AppEnv> =>
    async (c, next) => {
      c.get("log").route = pattern;
      await next();
    };
  app.use("/runs", route("/runs"), verifyRequest(ctx));
  app.use("/runs/:id", route("/runs/:id"), verifyRequest(ctx));
  app.post("/runs", startRunRoute(ctx));
  app.get("/runs/:id", getRunRoute(ctx));
  app.delete("/runs/:id", deleteRunRoute(ctx));
  app.all("/runs", () => methodNotAllowed("POST"));
  app.all("/runs/:id", () => methodNotAllowed("GET, DELETE"));

  app.notFound((c) => {
    c.get("log").route ??= "unknown";
    return errorResponse(404, "not_found", "no such route");
  });
  // Only a bug gets here: answer without detail, since an unknown error's text is not vetted.
  app.onError(() => errorResponse(500, "internal", "internal error"));
  return app;
}

function methodNotAllowed(allow: string): Response {
  return errorResponse(
    405,
    "method_not_allowed",
    `method not allowed; use ${allow}`,
    {},
    { allow },
  );
}
