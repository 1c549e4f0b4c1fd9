import type { Context } from "hono";

/** Fields that routes add to the request's log line as they learn them. */
export interface LogFields {
  route?: string;
  reason?: string | undefined;
  vm?: string | undefined;
  pid?: number | undefined;
  run?: string | undefined;
}

/** Hono's typing of what the middleware hands to the routes. */
export interface AppEnv {
  Variables: {
    /** The raw body, read once (within the size limit) and verified before any route sees it. */
    body: Uint8Array;
    /** Set once the signature and replay guard passed. */
    verified: boolean;
    log: LogFields;
  };
}

export type AppContextOf = Context<AppEnv>;

/** Adds fields to this request's log line. */
export function logFields(c: AppContextOf, fields: LogFields): void {
  Object.assign(c.get("log"), fields);
}
