import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  LOGIN_FAILED_ID,
  SESSION_AUTH_REQUIRED_ID,
  type Simulator,
  startSimulator,
} from "../src/index.js";
import { createTestClient, type TestClient } from "./sim-client.js";

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("sessions, /api flavor (HTTPS)", () => {
  let sim: Simulator;
  let client: TestClient;

  beforeAll(async () => {
    sim = await startSimulator({ sessionIdleMs: 1000 });
    client = createTestClient(sim);
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  test("logs in with Basic auth and answers 201 with a random 32-hex-digit token", async () => {
    const a = await client.login("api");
    const b = await client.login("api");
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).not.toBe(a);
  });

  test("describes and ends a session through /api/session", async () => {
    const session = await client.login("api");
    const info = await client.request("GET", "/api/session", { session });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ user: "administrator@vsphere.local" });
    expect((await client.request("DELETE", "/api/session", { session })).status).toBe(204);
    const after = await client.request("GET", "/api/session", { session });
    expect(after.status).toBe(401);
  });

  test("also serves the /rest session paths, wrapped in value", async () => {
    const session = await client.login("rest");
    const info = await client.request("POST", "/rest/com/vmware/cis/session?~action=get", {
      session,
    });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ value: { user: "administrator@vsphere.local" } });
    const out = await client.request("DELETE", "/rest/com/vmware/cis/session", { session });
    expect(out).toMatchObject({ status: 200, text: "" });
  });

  test("rejects a wrong password with 401 and a login-failed id, and counts it", async () => {
    const before = sim.stats.failedLogins;
    const res = await client.request("POST", "/api/session", {
      headers: { authorization: basic("administrator@vsphere.local", "nope") },
    });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      error_type: "UNAUTHENTICATED",
      messages: [{ id: LOGIN_FAILED_ID }],
    });
    const rest = await client.request("POST", "/rest/com/vmware/cis/session", {
      headers: { authorization: basic("nobody", "password") },
    });
    expect(rest.status).toBe(401);
    expect(rest.body).toMatchObject({ type: "com.vmware.vapi.std.errors.unauthenticated" });
    expect(sim.stats.failedLogins).toBe(before + 2);
  });

  test("answers a missing session with 401 authentication.required in each path's format", async () => {
    const api = await client.request("GET", "/api/vcenter/vm");
    expect(api.status).toBe(401);
    expect(api.body).toEqual({
      error_type: "UNAUTHENTICATED",
      messages: [
        { id: SESSION_AUTH_REQUIRED_ID, default_message: "Authentication required.", args: [] },
      ],
    });
    const rest = await client.request("GET", "/rest/vcenter/vm", { session: "f".repeat(32) });
    expect(rest.status).toBe(401);
    expect(rest.body).toMatchObject({
      type: "com.vmware.vapi.std.errors.unauthenticated",
      value: { messages: [{ id: SESSION_AUTH_REQUIRED_ID }] },
    });
  });

  test("expires a session left idle longer than sessionIdleMs, and keeps a used one", async () => {
    const idle = await client.login();
    const busy = await client.login();
    const expiredBefore = sim.stats.sessions.expired;
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await client.request("GET", "/api/vcenter/vm", { session: busy })).status).toBe(200);
    }
    const res = await client.request("GET", "/api/vcenter/vm", { session: idle });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ messages: [{ id: SESSION_AUTH_REQUIRED_ID }] });
    expect(sim.stats.sessions.expired).toBeGreaterThan(expiredBefore);
  });

  test("expireSessions() ends every session at once", async () => {
    const session = await client.login();
    sim.faults.expireSessions();
    expect(sim.stats.sessions.active).toBe(0);
    const res = await client.request("GET", "/api/vcenter/vm", { session });
    expect(res.status).toBe(401);
  });

  test("counts logins and created sessions", () => {
    expect(sim.stats.logins).toBeGreaterThan(0);
    expect(sim.stats.sessions.created).toBe(sim.stats.logins);
  });
});

describe("sessions, /rest flavor", () => {
  let sim: Simulator;
  let client: TestClient;

  beforeAll(async () => {
    sim = await startSimulator({ flavor: "rest", tls: false });
    client = createTestClient(sim);
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  test("answers every /api path with 404, like vSphere 7.0", async () => {
    const login = await client.request("POST", "/api/session", {
      headers: { authorization: basic("administrator@vsphere.local", "password") },
      validate: false,
    });
    expect(login.status).toBe(404);
    const session = await client.login("rest");
    const list = await client.request("GET", "/api/vcenter/vm", { session, validate: false });
    expect(list.status).toBe(404);
  });

  test("logs in, describes and ends sessions under /rest", async () => {
    const session = await client.login("rest");
    const info = await client.request("POST", "/rest/com/vmware/cis/session?~action=get", {
      session,
    });
    expect(info.body).toMatchObject({ value: { user: "administrator@vsphere.local" } });
    expect(
      (await client.request("DELETE", "/rest/com/vmware/cis/session", { session })).status,
    ).toBe(200);
  });
});
