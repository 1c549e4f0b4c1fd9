// The vitest example of README.md, verbatim but for the import path: if this breaks, fix both.
import { Agent, fetch } from "undici";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";

let sim: Simulator;
let dispatcher: Agent;

beforeAll(async () => {
  sim = await startSimulator({ retentionMs: 2_000 }); // HTTPS on 127.0.0.1, demo inventory
  dispatcher = new Agent({ connect: { ca: sim.ca } }); // trust the simulator's CA
});

afterAll(async () => {
  await dispatcher.close();
  await sim.stop(); // closes the server and kills every program it started
});

async function call(
  path: string,
  options: { body?: unknown; session?: string; auth?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (options.session) headers["vmware-api-session-id"] = options.session;
  if (options.auth) headers.authorization = `Basic ${btoa(options.auth)}`;
  if (options.body) headers["content-type"] = "application/json";
  const res = await fetch(`${sim.url}${path}`, {
    method: path === "/api/session" || options.body ? "POST" : "GET",
    headers,
    body: options.body ? JSON.stringify(options.body) : undefined,
    dispatcher,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const credentials = {
  interactive_session: false,
  type: "USERNAME_PASSWORD",
  user_name: "root",
  password: "vmware",
};
const processes = "/api/vcenter/vm/vm-101/guest/processes"; // vm-101 is web-01

test("runs a program in web-01 and reads its exit code", async () => {
  const login = await call("/api/session", { auth: "administrator@vsphere.local:password" });
  const session: string = login.body;

  const created = await call(`${processes}?action=create`, {
    session,
    body: { credentials, spec: { path: "/bin/sh", arguments: "-c 'exit 3'" } },
  });
  expect(created.status).toBe(201);
  const pid: number = created.body;

  let info = await call(`${processes}/${pid}?action=get`, { session, body: { credentials } });
  while (info.body.finished === undefined) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    info = await call(`${processes}/${pid}?action=get`, { session, body: { credentials } });
  }
  expect(info.body.exit_code).toBe(3);
  expect(sim.stats.processes.at(-1)).toMatchObject({ pid, exitCode: 3 });
});

test("answers RESOURCE_BUSY when told to", async () => {
  sim.faults.set({ busy: { createProcess: 1 } });
  const session: string = (
    await call("/api/session", { auth: "administrator@vsphere.local:password" })
  ).body;
  const res = await call(`${processes}?action=create`, {
    session,
    body: { credentials, spec: { path: "/bin/true" } },
  });
  expect(res.status).toBe(500);
  expect(res.body.error_type).toBe("RESOURCE_BUSY");
});
