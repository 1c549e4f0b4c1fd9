// A scriptable vCenter behind an injected fetch: routes by "METHOD /path?query", records every
// request (with its parsed body), and answers logins by itself. Unit tests use it instead of
// mocking globals (the openapi-fetch test style); nock and the simulator cover the real network.
import {
  type ApiFlavor,
  restTypeFor,
  SESSION_AUTH_REQUIRED_ID,
  statusFor,
  type VapiErrorType,
} from "@guestops/core";
import type { FetchLike } from "../src/client-options.js";

/** One request as the fake saw it. */
export interface Recorded {
  readonly method: string;
  readonly url: URL;
  /** `METHOD /path?query`, the route key. */
  readonly key: string;
  readonly headers: Headers;
  /** Parsed JSON body, raw text, or undefined. */
  readonly body: unknown;
}

/** Answers a routed request. */
export type Responder = (request: Recorded) => Response | Promise<Response>;

/** A JSON response. */
export function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** An empty response. */
export function empty(status: number): Response {
  return new Response(null, { status });
}

/** A vAPI error body of a flavor, with the std status for it unless given. */
export function vapiError(
  flavor: ApiFlavor,
  errorType: VapiErrorType,
  options: { status?: number; message?: string; id?: string; data?: unknown } = {},
): Response {
  const messages = [
    {
      args: [],
      default_message: options.message ?? `${errorType} happened.`,
      id: options.id ?? `com.vmware.test.${errorType.toLowerCase()}`,
    },
  ];
  const status = options.status ?? statusFor(errorType, flavor);
  const fields = {
    error_type: errorType,
    messages,
    ...(options.data === undefined ? {} : { data: options.data }),
  };
  return json(flavor === "api" ? fields : { type: restTypeFor(errorType), value: fields }, status);
}

/** The 401 vCenter sends for a missing or expired session. */
export function sessionExpired(flavor: ApiFlavor): Response {
  return vapiError(flavor, "UNAUTHENTICATED", {
    id: SESSION_AUTH_REQUIRED_ID,
    message: "Authentication required.",
  });
}

/** A scriptable fake vCenter. */
export interface FakeVcenter {
  /** The fetch to inject. */
  readonly fetch: FetchLike;
  /** Every request, in order. */
  readonly requests: Recorded[];
  /** Routes a request key (`POST /api/vcenter/vm/vm-42/guest/processes?action=create`). */
  on(key: string, responder: Responder): FakeVcenter;
  /** The session ids handed out so far. */
  readonly tokens: string[];
  /** Makes every current session id invalid (the next call gets 401 authentication required). */
  expireSessions(): void;
  /** Requests whose key starts with a prefix. */
  count(prefix: string): number;
}

/** Creates a fake vCenter speaking one flavor; its logins succeed for `password`. */
export function createFakeVcenter(
  flavor: ApiFlavor,
  options: { password?: string; delayMs?: number } = {},
): FakeVcenter {
  const routes = new Map<string, Responder>();
  const requests: Recorded[] = [];
  const tokens: string[] = [];
  const valid = new Set<string>();
  const password = options.password ?? "vc-password-1";

  const login = (request: Recorded): Response => {
    const auth = request.headers.get("authorization") ?? "";
    const [, pass] = Buffer.from(auth.replace(/^Basic /, ""), "base64")
      .toString("utf8")
      .split(":");
    if (pass !== password) {
      return vapiError(flavor, "UNAUTHENTICATED", { message: "Invalid credentials." });
    }
    const token = `session-token-${tokens.length + 1}-abcdef`;
    tokens.push(token);
    valid.add(token);
    return flavor === "api" ? json(token, 201) : json({ value: token }, 200);
  };
  const logout = (request: Recorded, status: number): Response => {
    valid.delete(request.headers.get("vmware-api-session-id") ?? "");
    return empty(status);
  };
  if (flavor === "api") {
    routes.set("POST /api/session", login);
    routes.set("DELETE /api/session", (request) => logout(request, 204));
    routes.set("GET /api/session", () =>
      json({ user: "a", created_time: "x", last_accessed_time: "y" }),
    );
  } else {
    routes.set("POST /rest/com/vmware/cis/session", login);
    routes.set("DELETE /rest/com/vmware/cis/session", (request) => logout(request, 200));
  }

  const fake: FakeVcenter = {
    requests,
    tokens,
    on(key, responder) {
      routes.set(key, responder);
      return fake;
    },
    expireSessions() {
      valid.clear();
    },
    count(prefix) {
      return requests.filter((request) => request.key.startsWith(prefix)).length;
    },
    async fetch(input: Request): Promise<Response> {
      const url = new URL(input.url);
      const key = `${input.method} ${url.pathname}${url.search}`;
      const text = input.body === null ? "" : await input.text();
      let body: unknown;
      try {
        body = text === "" ? undefined : JSON.parse(text);
      } catch {
        body = text;
      }
      const recorded: Recorded = { method: input.method, url, key, headers: input.headers, body };
      requests.push(recorded);
      if (options.delayMs !== undefined) await new Promise((r) => setTimeout(r, options.delayMs));
      const isLogin = key === "POST /api/session" || key === "POST /rest/com/vmware/cis/session";
      const route = routes.get(key);
      if (route === undefined) {
        return flavor === "api" || !key.includes("/api/")
          ? vapiError(flavor, "NOT_FOUND", { message: `no route ${key}` })
          : empty(404);
      }
      if (!isLogin && !url.pathname.startsWith("/guestFile")) {
        const token = input.headers.get("vmware-api-session-id");
        if (token === null || !valid.has(token)) return sessionExpired(flavor);
      }
      return route(recorded);
    },
  };
  return fake;
}
