// The simulator runs programs on this machine for anyone with a session: it must refuse to listen
// beyond loopback unless told to, and must refuse every vCenter call without a valid session.
import {
  runSimulatorCli,
  SESSION_AUTH_REQUIRED_ID,
  type Simulator,
  startSimulator,
} from "@guestops/simulator";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { specOperations } from "../src/spec-paths.ts";

describe("binding", () => {
  test.each([
    "0.0.0.0",
    "::",
    "192.0.2.2",
    "10.0.0.1",
    "::ffff:10.0.0.1",
    "localhost.example.com",
    "127.0.0.1.nip.io",
  ])("refuses to bind %s without allowRemote", async (host) => {
    await expect(startSimulator({ host, tls: false })).rejects.toThrow(/allowRemote/);
  });

  test("binds 127.0.0.1 by default", async () => {
    const sim = await startSimulator({ tls: false });
    try {
      expect(new URL(sim.url).hostname).toBe("127.0.0.1");
    } finally {
      await sim.stop();
    }
  });

  test("the guestops-simulator bin refuses 0.0.0.0 without --allow-remote (exit 2)", async () => {
    const out: string[] = [];
    const sink = { write: (chunk: string) => out.push(chunk) > 0 };
    const status = await runSimulatorCli(["--host", "0.0.0.0", "--http"], {
      stdout: sink,
      stderr: sink,
    } as never);
    expect(status).toBe(2);
    expect(out.join("")).toMatch(/allow-remote|allowRemote/);
  });
});

const operations = specOperations();
const sessionFree = new Set([
  "createSession",
  "createSessionRest",
  "downloadGuestFile",
  "uploadGuestFile",
]);
const guarded = operations.filter((op) => !sessionFree.has(op.operationId));

describe.each(["api", "rest"] as const)("the %s flavor without a session", (flavor) => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ tls: false, flavor });
  });
  afterAll(() => sim?.stop());

  const served = guarded.filter((op) => op.path.startsWith(flavor === "api" ? "/api/" : "/rest/"));
  const body = JSON.stringify({
    credentials: {
      interactive_session: false,
      type: "USERNAME_PASSWORD",
      user_name: "root",
      password: "vmware",
    },
    spec: {
      path: "/bin/touch",
      arguments: "/tmp/guestops-safety-must-not-exist",
      environment_variables: flavor === "api" ? {} : [],
    },
    prefix: "x",
    suffix: "y",
  });
  const url = (path: string) =>
    `${sim.url}${path.replace("{vm}", "vm-101").replace("{pid}", "1").replace("{path}", encodeURIComponent("/etc/hostname"))}`;

  test.each(["no session header", "an unknown session id", "a logged-out session id"] as const)(
    "answers 401 authentication required to every vCenter operation, with %s",
    async (how) => {
      expect(served.length).toBeGreaterThan(flavor === "api" ? 12 : 6);
      let session: string | undefined;
      if (how === "an unknown session id") session = "f".repeat(32);
      if (how === "a logged-out session id") {
        const auth = `Basic ${btoa("administrator@vsphere.local:password")}`;
        const login = await fetch(`${sim.url}/api/session`, {
          method: "POST",
          headers: { authorization: auth },
        });
        session = flavor === "api" ? ((await login.json()) as string) : undefined;
        if (flavor === "rest") {
          const rest = await fetch(`${sim.url}/rest/com/vmware/cis/session`, {
            method: "POST",
            headers: { authorization: auth },
          });
          session = ((await rest.json()) as { value: string }).value;
        }
        const logout = flavor === "api" ? "/api/session" : "/rest/com/vmware/cis/session";
        await fetch(`${sim.url}${logout}`, {
          method: "DELETE",
          headers: { "vmware-api-session-id": session as string },
        });
      }
      for (const op of served) {
        const response = await fetch(url(op.path), {
          method: op.method,
          headers: {
            "content-type": "application/json",
            ...(session === undefined ? {} : { "vmware-api-session-id": session }),
          },
          ...(op.method === "POST" ? { body } : {}),
        });
        const text = await response.text();
        expect(response.status, `${op.method} ${op.path}: ${text}`).toBe(401);
        expect(text, op.path).toContain(SESSION_AUTH_REQUIRED_ID);
      }
      // Nothing ran and nothing was created.
      expect(sim.stats.processes).toEqual([]);
      expect(await sim.inventory.tempFiles("vm-101")).toEqual([]);
    },
  );

  test("serves no transfer without a valid token", async () => {
    for (const query of [
      "",
      "?id=1",
      "?id=1&token=guess",
      `?id=${"0".repeat(32)}&token=${"0".repeat(64)}`,
    ]) {
      const response = await fetch(`${sim.url}/guestFile${query}`);
      expect(response.status, query).toBe(404);
      const put = await fetch(`${sim.url}/guestFile${query}`, { method: "PUT", body: "x" });
      expect(put.status, query).toBe(404);
    }
  });
});
