// A tiny test client over plain fetch (never @guestops/client: the simulator must not share code
// paths with the client it tests). Every response is validated against the spec unless a test
// deliberately calls something the spec does not describe.

import { Agent } from "undici";
import type { Simulator } from "../src/index.js";
import { validateResponse } from "./spec-validator.js";

/** One HTTP exchange. */
export interface Exchange {
  readonly status: number;
  readonly text: string;
  /** Parsed JSON body, or undefined for an empty or non-JSON body. */
  readonly body: unknown;
  readonly headers: Headers;
}

/** Options of one request. */
export interface RequestOptions {
  /** JSON body (objects are stringified; strings and buffers are sent as they are). */
  readonly body?: unknown;
  /** vCenter session token. */
  readonly session?: string;
  readonly headers?: Record<string, string>;
  /** Skip the spec check (only for requests the spec does not describe). @default true */
  readonly validate?: boolean;
}

/** Guest credentials in the body of guest calls. */
export function guestCredentials(user = "root", password = "vmware") {
  return { interactive_session: false, type: "USERNAME_PASSWORD", user_name: user, password };
}

/** A fetch-based client bound to one simulator. */
export function createTestClient(sim: Simulator) {
  const dispatcher =
    sim.ca === undefined ? undefined : new Agent({ connect: { ca: sim.ca }, connections: 256 });

  async function request(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<Exchange> {
    const url = new URL(path, sim.url);
    const headers: Record<string, string> = { ...options.headers };
    if (options.session !== undefined) headers["vmware-api-session-id"] = options.session;
    let body: string | Buffer | undefined;
    if (options.body !== undefined) {
      body =
        typeof options.body === "string" || Buffer.isBuffer(options.body)
          ? options.body
          : JSON.stringify(options.body);
      headers["content-type"] ??= "application/json";
    }
    const response = await fetch(url, {
      method,
      headers,
      body,
      dispatcher,
    });
    const text = await response.text();
    if (options.validate !== false) {
      validateResponse(method, url, response.status, response.headers.get("content-type"), text);
    }
    let parsed: unknown;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, text, body: parsed, headers: response.headers };
  }

  /** Logs in through the flavor's session path and returns the token. */
  async function login(
    flavor: "api" | "rest" = sim.flavor,
    user = "administrator@vsphere.local",
    password = "password",
  ): Promise<string> {
    const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    const path = flavor === "api" ? "/api/session" : "/rest/com/vmware/cis/session";
    const res = await request("POST", path, { headers: { authorization } });
    if (res.status !== (flavor === "api" ? 201 : 200)) {
      throw new Error(`login failed: ${res.status} ${res.text}`);
    }
    return flavor === "api" ? (res.body as string) : (res.body as { value: string }).value;
  }

  return {
    request,
    login,
    /** Fetch with the simulator's CA, no spec check (transfer URLs, raw access). */
    fetch: (url: string | URL, init: RequestInit = {}) => fetch(url, { ...init, dispatcher }),
    close: async () => {
      await dispatcher?.close();
    },
  };
}

/** The client type. */
export type TestClient = ReturnType<typeof createTestClient>;

/** Polls `check` every 20 ms until it returns a value other than undefined (bounded). */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
