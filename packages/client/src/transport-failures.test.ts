// Failures below HTTP, against real loopback servers: what each proves about the request decides
// whether a create may be sent again.
import { afterEach, describe, expect, test } from "vitest";
import { type LocalServer, startHttpServer } from "../test/local-server.js";
import type { RequestEvent } from "./client-options.js";
import { createClient } from "./create-client.js";
import type { GuestCredentials } from "./guest-credentials.js";
import { isRequestTimeoutError } from "./request-timeout-error.js";
import { classifyFailure } from "./retry-safety.js";
import { isTransportError } from "./transport-error.js";

const guest: GuestCredentials = { type: "password", username: "root", password: "guest-secret-1" };
const session = { sessionId: "session-secret-123", flavor: "api" } as const;
let server: LocalServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("transport failures", () => {
  test("reports a refused connection as not sent, so even create may be sent again", async () => {
    const closed = await startHttpServer(() => undefined);
    await closed.close();
    const client = createClient({ url: closed.url, ...session });
    const error = await client
      .createProcess("vm-1", { path: "/bin/true" }, guest)
      .catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect(error).toMatchObject({
      code: "ECONNREFUSED",
      requestSent: false,
      operation: "createProcess",
      vm: "vm-1",
    });
    expect((error as Error).message).toContain(`cannot connect to ${closed.host} (ECONNREFUSED)`);
    expect(classifyFailure("createProcess", error)).toBe("retry");
  });

  test("reports a port that fetch blocks as not sent and not worth retrying", async () => {
    const client = createClient({ url: "http://127.0.0.1:1", ...session });
    const error = await client.listVms({}).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "TransportError",
      code: "ERR_BAD_PORT",
      requestSent: false,
    });
    expect((error as Error).message).toContain("check the port in url");
    expect(classifyFailure("listVms", error)).toBe("fatal");
  });

  test("reports a connection reset after sending as unknown: ambiguous for create, retry for get", async () => {
    server = await startHttpServer((request) => request.socket.destroy());
    const client = createClient({ url: server.url, ...session });
    const create = await client
      .createProcess("vm-1", { path: "/bin/true" }, guest)
      .catch((e: unknown) => e);
    expect(isTransportError(create) && create.requestSent).toBe("unknown");
    expect((create as Error).message).toContain(
      "look for it with listProcesses before starting it again",
    );
    expect(classifyFailure("createProcess", create)).toBe("ambiguous");
    const get = await client.getProcess("vm-1", 1, guest).catch((e: unknown) => e);
    expect(classifyFailure("getProcess", get)).toBe("retry");
  });

  test("reports a body cut off after the headers as sent", async () => {
    server = await startHttpServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"name":');
      setTimeout(() => response.socket?.destroy(), 10);
    });
    const client = createClient({ url: server.url, ...session });
    const error = await client.getProcess("vm-1", 1, guest).catch((e: unknown) => e);
    expect(isTransportError(error) && error.requestSent).toBe(true);
  });

  test("gives up after the per-call timeout with an outcome-unknown error", async () => {
    server = await startHttpServer(() => undefined);
    const client = createClient({ url: server.url, ...session, timeout: 5_000 });
    const started = Date.now();
    const error = await client
      .createProcess("vm-1", { path: "/bin/true" }, guest, { timeout: 100 })
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(isRequestTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({
      timeout: 100,
      requestSent: "unknown",
      operation: "createProcess",
    });
    expect((error as Error).message).toBe(
      "createProcess in vm-1: no answer within 100 ms (timeout): the program may have started: look for it with listProcesses before starting it again",
    );
    expect(classifyFailure("createProcess", error)).toBe("ambiguous");
    expect(classifyFailure("getProcess", error)).toBe("retry");
  });

  test("rejects with the caller's abort reason unchanged", async () => {
    server = await startHttpServer(() => undefined);
    const client = createClient({ url: server.url, ...session });
    const controller = new AbortController();
    const reason = new Error("user pressed ctrl-c");
    const pending = client.getProcess("vm-1", 1, guest, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });

  test("rejects at once, sending nothing, when the signal is already aborted", async () => {
    let hits = 0;
    server = await startHttpServer(() => {
      hits += 1;
    });
    const client = createClient({ url: server.url, ...session });
    const controller = new AbortController();
    controller.abort("stop");
    await expect(client.listVms({}, { signal: controller.signal })).rejects.toBe("stop");
    expect(hits).toBe(0);
  });

  test("reports each exchange to onRequest without secrets", async () => {
    server = await startHttpServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ name: "p", owner: "o", command: "c", started: "s" }));
    });
    const events: RequestEvent[] = [];
    const client = createClient({
      url: server.url,
      ...session,
      onRequest: (event) => events.push(event),
    });
    await client.getProcess("vm-1", 7, guest);
    expect(events).toEqual([
      {
        operation: "getProcess",
        method: "POST",
        url: `${server.url}/api/vcenter/vm/vm-1/guest/processes/7?action=get`,
        status: 200,
        durationMs: expect.any(Number),
        attempt: 1,
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/secret/);
  });

  test("reports a failed exchange to onRequest with its code and no status", async () => {
    const closed = await startHttpServer(() => undefined);
    await closed.close();
    const events: RequestEvent[] = [];
    const client = createClient({
      url: closed.url,
      ...session,
      onRequest: (event) => events.push(event),
    });
    await client.listVms().catch(() => undefined);
    expect(events).toMatchObject([
      { operation: "listVms", status: undefined, error: "ECONNREFUSED", attempt: 1 },
    ]);
  });
});
