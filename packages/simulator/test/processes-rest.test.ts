import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";
import { createTestClient, eventually, guestCredentials, type TestClient } from "./sim-client.js";

const VM = "vm-102";
const base = `/rest/vcenter/vm/${VM}/guest/processes`;
const credentials = guestCredentials();

describe("guest processes, /rest flavor (the seed page's tech preview)", () => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    sim = await startSimulator({ flavor: "rest", tls: false });
    client = createTestClient(sim);
    session = await client.login();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  async function create(spec: Record<string, unknown>): Promise<number> {
    const res = await client.request("POST", `${base}?action=create`, {
      session,
      body: { credentials, spec: { environment_variables: [], ...spec } },
    });
    expect(res.status, res.text).toBe(200);
    return (res.body as { value: number }).value;
  }

  async function info(pid: number) {
    const res = await client.request("POST", `${base}/${pid}?action=get`, {
      session,
      body: { credentials },
    });
    return res;
  }

  test("creates with 200 {value: pid} and gets Info with pid, finished and exit_code", async () => {
    const pid = await create({ path: "/bin/bash", arguments: "-c 'exit 7'" });
    const done = await eventually(async () => {
      const res = await info(pid);
      const value = (res.body as { value: Record<string, unknown> }).value;
      return value.finished === undefined ? undefined : value;
    });
    expect(done).toMatchObject({ pid, name: "bash", owner: "root", exit_code: 7 });
  });

  test("takes the environment as a list of {key, value}", async () => {
    const dir = sim.inventory.tmpDir(VM);
    await mkdir(dir, { recursive: true });
    const file = join(dir, "env.txt");
    const pid = await create({
      path: "/usr/bin/env",
      arguments: `> ${file}`,
      environment_variables: [{ key: "GREETING", value: "hi there" }],
    });
    await eventually(async () => {
      const value = ((await info(pid)).body as { value: { finished?: string } }).value;
      return value.finished;
    });
    expect(await readFile(file, "utf8")).toContain("GREETING=hi there\n");
  });

  test("lists Info entries and honours the pids filter", async () => {
    const a = await create({ path: "/bin/sleep", arguments: "30" });
    const b = await create({ path: "/bin/sleep", arguments: "30" });
    const all = await client.request("POST", `${base}?action=list`, {
      session,
      body: { credentials },
    });
    const pids = (all.body as { value: { pid: number }[] }).value.map((p) => p.pid);
    expect(pids).toEqual(expect.arrayContaining([1, a, b]));
    const some = await client.request("POST", `${base}?action=list`, {
      session,
      body: { credentials, pids: [b] },
    });
    expect(some.status).toBe(200);
    expect((some.body as { value: { pid: number }[] }).value.map((p) => p.pid)).toEqual([b]);
    for (const pid of [a, b]) {
      const res = await client.request("POST", `${base}/${pid}?action=delete`, {
        session,
        body: { credentials },
      });
      expect(res).toMatchObject({ status: 200, text: "" });
    }
  });

  test("answers an unknown pid with 404 in the /rest error format", async () => {
    const res = await info(4_999_998);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      type: "com.vmware.vapi.std.errors.not_found",
      value: { error_type: "NOT_FOUND", data: { pid: 4_999_998 } },
    });
  });

  test("requires the environment list, as the tech-preview spec does", async () => {
    const res = await client.request("POST", `${base}?action=create`, {
      session,
      body: { credentials, spec: { path: "/bin/true" } },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: "com.vmware.vapi.std.errors.invalid_argument" });
  });

  test("serves no guest processes under /api in this flavor", async () => {
    const res = await client.request(
      "POST",
      `/api/vcenter/vm/${VM}/guest/processes?action=create`,
      {
        session,
        body: { credentials, spec: { path: "/bin/true" } },
        validate: false,
      },
    );
    expect(res.status).toBe(404);
  });
});

describe("guest processes under /rest in the /api flavor", () => {
  test("answer 404, as on vSphere 7.0 U2 and later", async () => {
    const sim = await startSimulator({ tls: false });
    const client = createTestClient(sim);
    try {
      const session = await client.login();
      const res = await client.request("POST", `${base}?action=create`, {
        session,
        body: { credentials, spec: { path: "/bin/true", environment_variables: [] } },
        validate: false,
      });
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ type: "com.vmware.vapi.std.errors.not_found" });
    } finally {
      await client.close();
      await sim.stop();
    }
  });
});
