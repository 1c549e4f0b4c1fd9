import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiFlavor } from "@guestops/core";
import type { Reply } from "./call.js";
import type { SimContext } from "./context.js";
import { renderError } from "./error-body.js";
import type { CallFault } from "./faults.js";
import { createRouteMatcher } from "./match-route.js";
import {
  BAD_REQUEST_ID,
  INTERNAL_ERROR_ID,
  PROGRAM_NOT_STARTED_ID,
  SERVICE_UNAVAILABLE_ID,
  SESSION_AUTH_REQUIRED_ID,
  VM_BUSY_ID,
} from "./message-ids.js";
import { readBody } from "./read-body.js";
import type { Route } from "./routes.js";
import type { Session } from "./sessions.js";
import { isVapiFault, VapiFault } from "./vapi-fault.js";

/** Largest JSON request body accepted, in bytes. */
const MAX_JSON_BYTES = 1024 * 1024;

/** The HTTP side of the simulator: a request listener, and a way to cut pending delays short. */
export interface RequestPipeline {
  readonly listener: (req: IncomingMessage, res: ServerResponse) => void;
  /** Ends every pending response delay now (used by stop()). */
  cancelDelays(): void;
}

function authRequired(): VapiFault {
  return new VapiFault("UNAUTHENTICATED", SESSION_AUTH_REQUIRED_ID, "Authentication required.");
}

/** The error a call fault answers with, if it answers with one. */
function faultError(fault: CallFault): VapiFault | undefined {
  switch (fault?.kind) {
    case "busy":
      return new VapiFault("RESOURCE_BUSY", VM_BUSY_ID, "The virtual machine is busy.");
    case "serviceUnavailable":
      return new VapiFault(
        "SERVICE_UNAVAILABLE",
        SERVICE_UNAVAILABLE_ID,
        "The service is unavailable.",
      );
    case "failToStart":
      return new VapiFault(
        "UNABLE_TO_ALLOCATE_RESOURCE",
        PROGRAM_NOT_STARTED_ID,
        "The program could not be started (injected fault).",
      );
    default:
      return undefined;
  }
}

function errorReply(error: unknown, wire: ApiFlavor): Reply {
  const fault = isVapiFault(error)
    ? error
    : new VapiFault(
        "INTERNAL_SERVER_ERROR",
        INTERNAL_ERROR_ID,
        `Simulator error: ${error instanceof Error ? error.message : String(error)}`,
      );
  const { status, body } = renderError(fault, wire);
  return { kind: "json", status, body };
}

function send(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.writableEnded) return;
  if (reply.kind === "reset") {
    req.socket.destroy();
    return;
  }
  if (reply.kind === "empty") {
    res.writeHead(reply.status, { "content-length": 0 }).end();
    return;
  }
  const isJson = reply.kind === "json";
  const payload = isJson ? Buffer.from(JSON.stringify(reply.body)) : reply.body;
  res
    .writeHead(reply.status, {
      "content-type": isJson ? "application/json" : "application/octet-stream",
      "content-length": payload.length,
    })
    .end(payload);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Creates the request pipeline: route, session, injected faults, handler, delay, answer. */
export function createRequestPipeline(ctx: SimContext, routes: readonly Route[]): RequestPipeline {
  const match = createRouteMatcher(routes, ctx.flavor);
  const delays = new Set<() => void>();

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        delays.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      delays.add(finish);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://simulator.invalid");
    const pathWire: ApiFlavor = url.pathname.startsWith("/rest/") ? "rest" : "api";
    let found: ReturnType<typeof match>;
    try {
      found = match(req.method ?? "GET", url);
    } catch (error) {
      send(req, res, errorReply(error, pathWire));
      return;
    }
    const { route, params } = found;
    const wire: ApiFlavor = route.wire === "raw" ? "api" : route.wire;
    const vm = params.vm;
    ctx.stats.countCall(route.operationId, vm);

    let fault: CallFault;
    let reply: Reply;
    try {
      let session: Session | undefined;
      if (route.needsSession) {
        session = ctx.sessions.use(header(req, "vmware-api-session-id"));
        if (session === undefined) throw authRequired();
      }
      fault = ctx.faults.takeCallFault({
        operationId: route.operationId,
        vm,
        declaresBusy: route.declaresBusy,
        declaresUnavailable: route.declaresUnavailable,
        needsSession: route.needsSession,
        isCreate: route.isCreate,
      });
      if (fault?.kind === "reset" && !route.isCreate) {
        // Dropped before anything ran: safe to replay for every operation.
        req.socket.destroy();
        return;
      }
      if (fault?.kind === "sessionExpired" && session !== undefined) {
        ctx.sessions.end(session.token, "expired");
        throw authRequired();
      }
      const injected = faultError(fault);
      if (injected !== undefined) throw injected;
      let body: Buffer = Buffer.alloc(0);
      if (route.readsJson) {
        const read = await readBody(req, MAX_JSON_BYTES);
        if (read.overflow) {
          throw new VapiFault("INVALID_ARGUMENT", BAD_REQUEST_ID, "The request body is too large.");
        }
        body = read.body;
      }
      reply = await route.handler({
        ctx,
        operationId: route.operationId,
        wire,
        params,
        url,
        req,
        body,
        session,
      });
      // A random reset on a create strikes after the program started: the ambiguous create.
      if (fault?.kind === "reset" && reply.kind !== "reset") reply = { kind: "reset" };
    } catch (error) {
      reply = errorReply(error, wire);
    }
    const ms = ctx.faults.delayFor(vm, fault?.kind === "slow");
    if (ms > 0) await delay(ms);
    send(req, res, reply);
  };

  return {
    listener(req, res) {
      handle(req, res).catch((error: unknown) => {
        send(req, res, errorReply(error, "api"));
      });
    },
    cancelDelays() {
      for (const finish of [...delays]) finish();
    },
  };
}
