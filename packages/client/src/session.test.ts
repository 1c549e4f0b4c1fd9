import { describe, expect, test } from "vitest";
import { createFakeVcenter, json, sessionExpired, vapiError } from "../test/fake-vcenter.js";
import { createClient } from "./create-client.js";
import { isGuestAuthError } from "./guest-auth-error.js";
import type { GuestCredentials } from "./guest-credentials.js";
import { isInvalidRequestError } from "./invalid-request-error.js";
import { classifyFailure } from "./retry-safety.js";
import { isSessionError } from "./session-error.js";

const guest: GuestCredentials = { type: "password", username: "root", password: "guest-secret-1" };
const vcenter = { username: "administrator@vsphere.local", password: "vc-password-1" };
const info = { name: "p", owner: "root", command: "c", started: "t" };

describe("login", () => {
  test("logs in once for many concurrent first calls", async () => {
    const fake = createFakeVcenter("api", { delayMs: 5 });
    fake.on("POST /api/vcenter/vm/vm-1/guest/processes/7?action=get", () => json(info));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await Promise.all(Array.from({ length: 10 }, () => client.getProcess("vm-1", 7, guest)));
    expect(fake.count("POST /api/session")).toBe(1);
    expect(fake.count("POST /api/vcenter")).toBe(10);
  });

  test("sends Basic credentials on login and the session header afterwards, never both", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm", () => json([]));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await client.listVms();
    const [login, list] = fake.requests;
    expect(login?.headers.get("authorization")).toBe(
      `Basic ${Buffer.from("administrator@vsphere.local:vc-password-1").toString("base64")}`,
    );
    expect(login?.headers.get("vmware-api-session-id")).toBeNull();
    expect(list?.headers.get("authorization")).toBeNull();
    expect(list?.headers.get("vmware-api-session-id")).toBe(fake.tokens[0]);
    expect(client.sessionId()).toBe(fake.tokens[0]);
  });

  test("encodes a non-ASCII password as UTF-8 in the Basic credentials", async () => {
    const fake = createFakeVcenter("api");
    const client = createClient({
      url: "vc",
      username: "jörg",
      password: "pässwört-€",
      fetch: fake.fetch,
    });
    // The fake vCenter knows no such user: only the header it was sent matters here.
    await client.login().catch(() => undefined);
    expect(fake.requests[0]?.headers.get("authorization")).toBe(
      `Basic ${Buffer.from("jörg:pässwört-€", "utf8").toString("base64")}`,
    );
  });

  test("sends vmware-use-header-authn on a /rest login", async () => {
    const fake = createFakeVcenter("rest");
    const client = createClient({ url: "vc", ...vcenter, flavor: "rest", fetch: fake.fetch });
    await client.login();
    expect(fake.requests[0]?.headers.get("vmware-use-header-authn")).toBe("true");
  });

  test("reports rejected vCenter credentials as a SessionError that names no password", async () => {
    const fake = createFakeVcenter("api");
    const client = createClient({
      url: "vc",
      username: "admin",
      password: "wrong-password-9",
      fetch: fake.fetch,
    });
    const error = await client.login().catch((e: unknown) => e);
    expect(isSessionError(error) && error.reason).toBe("loginRejected");
    expect(String(error)).toContain("vCenter rejected the login");
    expect(JSON.stringify(error)).not.toContain("wrong-password-9");
  });

  test("refuses to call without credentials or a session id, before sending", async () => {
    const fake = createFakeVcenter("api");
    const client = createClient({ url: "vc", fetch: fake.fetch });
    const error = await client.listVms().catch((e: unknown) => e);
    expect(isInvalidRequestError(error) && error.reason).toBe("missingCredentials");
    expect(fake.requests).toHaveLength(0);
  });

  test("takes credentials out of a govc-style URL", async () => {
    const fake = createFakeVcenter("api");
    const client = createClient({
      url: "https://administrator%40vsphere.local:vc-password-1@vc.example.com/sdk",
      fetch: fake.fetch,
    });
    await client.login();
    expect(fake.requests[0]?.url.href).toBe("https://vc.example.com/api/session");
    expect(fake.tokens).toHaveLength(1);
  });
});

describe("flavor", () => {
  test("falls back to /rest when /api/session answers 404 (auto)", async () => {
    const fake = createFakeVcenter("rest");
    fake.on("GET /rest/vcenter/vm", () => json({ value: [] }));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    expect(client.flavor()).toBeUndefined();
    await client.listVms();
    expect(client.flavor()).toBe("rest");
    expect(fake.requests.map((r) => r.key)).toEqual([
      "POST /api/session",
      "POST /rest/com/vmware/cis/session",
      "GET /rest/vcenter/vm",
    ]);
  });

  test("stays on /api when /api/session works (auto)", async () => {
    const fake = createFakeVcenter("api");
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await client.login();
    expect(client.flavor()).toBe("api");
    expect(fake.requests.map((r) => r.key)).toEqual(["POST /api/session"]);
  });

  test("reports the capabilities of each flavor", async () => {
    const api = createClient({ url: "vc", ...vcenter, fetch: createFakeVcenter("api").fetch });
    const rest = createClient({ url: "vc", ...vcenter, fetch: createFakeVcenter("rest").fetch });
    expect(await api.capabilities()).toMatchObject({
      flavor: "api",
      guestFilesystem: true,
      listReportsExitCodes: false,
    });
    expect(await rest.capabilities()).toMatchObject({
      flavor: "rest",
      guestFilesystem: false,
      listReportsExitCodes: true,
    });
  });

  test("refuses guest file operations on /rest before sending", async () => {
    const fake = createFakeVcenter("rest");
    const client = createClient({ url: "vc", ...vcenter, flavor: "rest", fetch: fake.fetch });
    const error = await client
      .createTemporaryFile("vm-1", guest, { prefix: "a", suffix: "b" })
      .catch((e: unknown) => e);
    expect(isInvalidRequestError(error) && error.reason).toBe("unsupportedByFlavor");
    expect(fake.count("POST /rest/vcenter")).toBe(0);
  });
});

describe("session renewal", () => {
  test("logs in again once and replays a create after 401 authentication required", async () => {
    const fake = createFakeVcenter("api");
    fake.on("POST /api/vcenter/vm/vm-1/guest/processes?action=create", () => json(42, 201));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await client.login();
    fake.expireSessions();
    expect(await client.createProcess("vm-1", { path: "/bin/true" }, guest)).toBe(42);
    expect(fake.count("POST /api/session")).toBe(2);
    expect(fake.count("POST /api/vcenter/vm/vm-1/guest/processes?action=create")).toBe(2);
    expect(fake.requests.at(-1)?.headers.get("vmware-api-session-id")).toBe(fake.tokens[1]);
  });

  test("shares one re-login among concurrent callers that hit the expiry together", async () => {
    const fake = createFakeVcenter("api", { delayMs: 5 });
    fake.on("POST /api/vcenter/vm/vm-1/guest/processes/7?action=get", () => json(info));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await client.login();
    fake.expireSessions();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => client.getProcess("vm-1", 7, guest)),
    );
    expect(results).toHaveLength(8);
    expect(fake.count("POST /api/session")).toBe(2);
    expect(fake.count("POST /api/vcenter")).toBe(16);
  });

  test("replays at most once: a second expiry in a row is a SessionError", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm", () => sessionExpired("api"));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    const error = await client.listVms().catch((e: unknown) => e);
    expect(isSessionError(error) && error.reason).toBe("sessionExpired");
    expect(classifyFailure("listVms", error)).toBe("retry");
    expect(fake.count("GET /api/vcenter/vm")).toBe(2);
  });

  test("never replays a 401 for rejected guest credentials", async () => {
    const fake = createFakeVcenter("api");
    fake.on("POST /api/vcenter/vm/vm-1/guest/processes?action=create", () =>
      vapiError("api", "UNAUTHENTICATED", {
        message: "Failed to authenticate with the guest operating system",
      }),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    const error = await client
      .createProcess("vm-1", { path: "/bin/true" }, guest)
      .catch((e: unknown) => e);
    expect(isGuestAuthError(error)).toBe(true);
    expect(fake.count("POST /api/session")).toBe(1);
    expect(fake.count("POST /api/vcenter")).toBe(1);
  });

  test("reuses a supplied session id without logging in", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm", () => json([]));
    const first = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await first.login();
    const second = createClient({
      url: "vc",
      sessionId: first.sessionId(),
      flavor: "api",
      fetch: fake.fetch,
    });
    await second.listVms();
    expect(fake.count("POST /api/session")).toBe(1);
    expect(fake.requests.at(-1)?.headers.get("vmware-api-session-id")).toBe(fake.tokens[0]);
  });

  test("tells the flavor of a supplied session id by asking /api/session (auto)", async () => {
    const fake = createFakeVcenter("api");
    const first = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await first.login();
    const second = createClient({ url: "vc", sessionId: first.sessionId(), fetch: fake.fetch });
    await second.login();
    expect(second.flavor()).toBe("api");
    expect(fake.requests.at(-1)?.key).toBe("GET /api/session");
  });

  test("reports an expired supplied session without credentials as a SessionError", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm", () => json([]));
    const client = createClient({
      url: "vc",
      sessionId: "stale-session-id-1",
      flavor: "api",
      fetch: fake.fetch,
    });
    const error = await client.listVms().catch((e: unknown) => e);
    expect(isSessionError(error) && error.reason).toBe("sessionNotRenewable");
    // Retrying cannot mend it: a poller that retried "transient" failures would spin forever.
    expect(classifyFailure("listVms", error)).toBe("fatal");
    expect(String(error)).toMatch(/cannot log in again.*username and password/);
    expect(String(error)).not.toContain("stale-session-id-1");
  });

  test("renews an expired supplied session when credentials are given too", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm", () => json([]));
    const client = createClient({
      url: "vc",
      ...vcenter,
      sessionId: "stale-session-id-1",
      flavor: "api",
      fetch: fake.fetch,
    });
    await client.listVms();
    expect(client.sessionId()).toBe(fake.tokens[0]);
  });
});

describe("logout", () => {
  test.each(["api", "rest"] as const)(
    "ends the %s session and logs in again on the next call",
    async (flavor) => {
      const fake = createFakeVcenter(flavor);
      fake.on(`GET /${flavor}/vcenter/vm`, () => json(flavor === "api" ? [] : { value: [] }));
      const client = createClient({ url: "vc", ...vcenter, flavor, fetch: fake.fetch });
      await client.login();
      await client.logout();
      expect(client.sessionId()).toBeUndefined();
      await client.listVms();
      expect(fake.tokens).toHaveLength(2);
      expect(
        fake.count(
          flavor === "api" ? "DELETE /api/session" : "DELETE /rest/com/vmware/cis/session",
        ),
      ).toBe(1);
    },
  );

  test("does nothing when no session was made", async () => {
    const fake = createFakeVcenter("api");
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await client.logout();
    expect(fake.requests).toHaveLength(0);
  });

  test("treats an already expired session as logged out", async () => {
    const fake = createFakeVcenter("api");
    fake.on("DELETE /api/session", () => sessionExpired("api"));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await client.login();
    await expect(client.logout()).resolves.toBeUndefined();
  });
});
