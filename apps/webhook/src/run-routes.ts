import type { Handler } from "hono";
import type { AppContext } from "./app-context.js";
import { type AppEnv, logFields } from "./app-env.js";
import { failureResponse } from "./failure-response.js";
import { observeRun } from "./observe-run.js";
import { readRun } from "./read-run.js";
import { jsonResponse } from "./responses.js";

/** `GET /runs/{id}`: 200 with the run's status, and its output once it has ended. */
export function getRunRoute(ctx: AppContext): Handler<AppEnv> {
  return (c) => lookAtRun(ctx, c.req.param("id") ?? "", c, false);
}

/** `DELETE /runs/{id}`: terminates the run; 200 with the result once it ended, else 202. */
export function deleteRunRoute(ctx: AppContext): Handler<AppEnv> {
  return (c) => lookAtRun(ctx, c.req.param("id") ?? "", c, true);
}

async function lookAtRun(
  ctx: AppContext,
  id: string,
  c: Parameters<Handler<AppEnv>>[0],
  cancel: boolean,
): Promise<Response> {
  const read = await readRun(ctx, id);
  if (!read.ok) {
    logFields(c, { reason: read.reason });
    return read.response;
  }
  logFields(c, { vm: read.token.vm.id, pid: read.token.pid });
  try {
    const { view, finished } = await observeRun(ctx, id, read.token, read.credentials, { cancel });
    logFields(c, { run: view.status });
    const status = cancel && !finished ? 202 : 200;
    return jsonResponse(status, view, finished ? {} : { "retry-after": "2" });
  } catch (error) {
    const failure = failureResponse(error);
    logFields(c, { reason: failure.reason });
    return failure.response;
  }
}
