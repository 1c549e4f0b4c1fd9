import type { IncomingMessage } from "node:http";
import type { ApiFlavor } from "@guestops/core";
import type { SimContext } from "./context.js";
import type { Session } from "./sessions.js";

/** One matched request, as a handler sees it. */
export interface Call {
  readonly ctx: SimContext;
  /** operationId of the matched operation. */
  readonly operationId: string;
  /** Body format of the path: `/api` or `/rest`. */
  readonly wire: ApiFlavor;
  /** Decoded path parameters. */
  readonly params: Readonly<Record<string, string>>;
  readonly url: URL;
  readonly req: IncomingMessage;
  /** The request body (JSON operations; transfer uploads read the stream themselves). */
  readonly body: Buffer;
  /** The caller's session, for operations that need one. */
  readonly session: Session | undefined;
}

/** What a handler answers. */
export type Reply =
  | { readonly kind: "json"; readonly status: number; readonly body: unknown }
  | { readonly kind: "empty"; readonly status: number }
  | { readonly kind: "bytes"; readonly status: number; readonly body: Buffer }
  /** Close the connection without answering. */
  | { readonly kind: "reset" };

/** A handler of one operation. */
export type Handler = (call: Call) => Promise<Reply>;

/** A result: raw with `apiStatus` under `/api`, `{"value": ...}` with 200 under `/rest`. */
export function result(call: Call, value: unknown, apiStatus = 200): Reply {
  return call.wire === "api"
    ? { kind: "json", status: apiStatus, body: value }
    : { kind: "json", status: 200, body: { value } };
}

/** No result: 204 under `/api`, an empty 200 under `/rest`. */
export function done(call: Call): Reply {
  return { kind: "empty", status: call.wire === "api" ? 204 : 200 };
}
