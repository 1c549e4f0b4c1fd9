import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";
import { isAlive } from "./process-liveness.js";
import { createTestClient, eventually, guestCredentials, type TestClient } from "./sim-client.js";

const VM = "vm-101";
const base = `/api/vcenter/vm/${VM}/guest/processes`;
const credentials = guestCredentials();

describe("guest processes, /api flavor", () => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;
  let out: string;

  beforeAll(async () => {
    sim = await startSimulator();
    client = createTestClient(sim);
    session = await client.login();
    out = join(sim.inventory.tmpDir(VM), "outputs");
    await mkdir(out, { recursive: true });
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  async function create(spec: Record<string, unknown>): Promise<number> {
    const res = await client.request("POST", `${base}?action=create`, {
      session,
      body: { credentials, spec },
    });
    expect(res.status, res.text).toBe(201);
    expect(typeof res.body).toBe("number");
    return res.body as number;
  }

  async function get(pid: number) {
    return client.request("POST", `${base}/${pid}?action=get`, {
      session,
      body: { credentials },
    });
  }

  type Finished = { exit_code: number; finished: string };

  async function finished(pid: number): Promise<Finished> {
    return eventually(async () => {
      const body = (await get(pid)).body as Partial<Finished>;
      return body.finished === undefined ? undefined : (body as Finished);
    });
  }

  test("starts a real program whose pid is the program's own, and reports its exit code", async () => {
    const pid = await create({ path: "/bin/bash", arguments: "-c 'exit 3'" });
    expect((await finished(pid)).exit_code).toBe(3);
    const record = sim.stats.processes.find((p) => p.pid === pid);
    expect(record).toMatchObject({
      vm: VM,
      path: "/bin/bash",
      arguments: "-c 'exit 3'",
      exitCode: 3,
    });
    expect(record?.finishedAt).toBeInstanceOf(Date);
  });

  test("honours stdio redirection in arguments", async () => {
    const file = join(out, "echo.txt");
    const pid = await create({ path: "/bin/echo", arguments: `hello guest > ${file} 2>&1` });
    expect((await finished(pid)).exit_code).toBe(0);
    expect(await readFile(file, "utf8")).toBe("hello guest\n");
  });

  test("uses environment_variables as the complete environment", async () => {
    const file = join(out, "env.txt");
    const pid = await create({
      path: "/usr/bin/env",
      arguments: `> ${file}`,
      environment_variables: { FOO: "bar", PATH: "/usr/bin:/bin" },
    });
    await finished(pid);
    const lines = (await readFile(file, "utf8")).trim().split("\n");
    expect(lines).toContain("FOO=bar");
    // Only what was sent, plus what bash itself always sets (as in a real guest).
    const names = lines.map((line) => line.split("=")[0]).sort();
    expect(names.filter((name) => !["PWD", "SHLVL", "_"].includes(name ?? ""))).toEqual([
      "FOO",
      "PATH",
    ]);
  });

  test("gives a small guest-default environment when none is sent", async () => {
    const file = join(out, "default-env.txt");
    const pid = await create({ path: "/usr/bin/env", arguments: `> ${file}` });
    await finished(pid);
    const text = await readFile(file, "utf8");
    expect(text).toContain("USER=root\n");
    expect(text).toContain(`HOME=${sim.inventory.homeDir(VM, "root")}\n`);
    expect(text).not.toContain("VITEST");
  });

  test("runs in the guest user's home by default, else in working_directory", async () => {
    const file = join(out, "pwd.txt");
    const pid = await create({ path: "/bin/pwd", arguments: `> ${file}` });
    await finished(pid);
    expect((await readFile(file, "utf8")).trim()).toBe(sim.inventory.homeDir(VM, "root"));
    const there = await create({
      path: "/bin/pwd",
      arguments: `> ${file}`,
      working_directory: out,
    });
    await finished(there);
    expect((await readFile(file, "utf8")).trim()).toBe(out);
  });

  test("lists running and recently finished processes as Summaries without exit codes", async () => {
    const running = await create({ path: "/bin/sleep", arguments: "30" });
    const res = await client.request("POST", `${base}?action=list`, {
      session,
      body: { credentials },
    });
    expect(res.status).toBe(200);
    const list = res.body as Record<string, unknown>[];
    const entry = list.find((p) => p.pid === running);
    expect(entry).toMatchObject({ name: "sleep", owner: "root", command: "/bin/sleep 30" });
    expect(entry).not.toHaveProperty("exit_code");
    expect(list.find((p) => p.pid === 1)).toMatchObject({ name: "systemd", owner: "root" });
    const info = await get(running);
    expect(info.body).not.toHaveProperty("finished");
    expect(
      (
        await client.request("POST", `${base}/${running}?action=delete`, {
          session,
          body: { credentials },
        })
      ).status,
    ).toBe(204);
  });

  test("kills the process with SIGKILL on delete and records 128 + 9", async () => {
    const pid = await create({ path: "/bin/sleep", arguments: "30" });
    const res = await client.request("POST", `${base}/${pid}?action=delete`, {
      session,
      body: { credentials },
    });
    expect(res).toMatchObject({ status: 204, text: "" });
    expect((await finished(pid)).exit_code).toBe(137);
  });

  test("answers delete of a finished or unknown pid with 404 and ProcessErrorDetails", async () => {
    const pid = await create({ path: "/bin/true" });
    await finished(pid);
    for (const target of [pid, 4_999_999]) {
      const res = await client.request("POST", `${base}/${target}?action=delete`, {
        session,
        body: { credentials },
      });
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error_type: "NOT_FOUND", data: { pid: target } });
    }
  });

  test("refuses to terminate the guest's init process with 403", async () => {
    const res = await client.request("POST", `${base}/1?action=delete`, {
      session,
      body: { credentials },
    });
    expect(res.status).toBe(403);
    expect((await get(1)).body).toMatchObject({ name: "systemd" });
  });

  test("runs a SAML-token user as the token's user", async () => {
    const res = await client.request("POST", `${base}?action=create`, {
      session,
      body: {
        credentials: {
          interactive_session: false,
          type: "SAML_BEARER_TOKEN",
          saml_token: "demo-saml-token",
        },
        spec: { path: "/bin/true" },
      },
    });
    expect(res.status).toBe(201);
    expect((await get(res.body as number)).body).toMatchObject({ owner: "root" });
  });
});

describe("retention of exit codes", () => {
  test("keeps the exit code for retentionMs after exit, then answers 404 with the pid", async () => {
    const sim = await startSimulator({ tls: false, retentionMs: 300 });
    const client = createTestClient(sim);
    try {
      const session = await client.login();
      const call = (path: string) =>
        client.request("POST", `${base}${path}`, { session, body: { credentials } });
      const created = await client.request("POST", `${base}?action=create`, {
        session,
        body: { credentials, spec: { path: "/bin/true" } },
      });
      const pid = created.body as number;
      const record = await eventually(() =>
        sim.stats.processes.find((p) => p.pid === pid && p.finishedAt !== undefined),
      );
      const exitedAt = record.finishedAt?.getTime() ?? 0;
      // Within the window (unless this machine was too slow to ask in time).
      const early = await call(`/${pid}?action=get`);
      if (Date.now() - exitedAt < 250) {
        expect(early.status).toBe(200);
        expect(early.body).toMatchObject({ exit_code: 0 });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, exitedAt + 350 - Date.now())));
      const res = await call(`/${pid}?action=get`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error_type: "NOT_FOUND", data: { pid } });
      const list = await call("?action=list");
      expect((list.body as { pid: number }[]).some((p) => p.pid === pid)).toBe(false);
    } finally {
      await client.close();
      await sim.stop();
    }
  });
});

describe("delete and stop, process groups", () => {
  test("delete kills only that pid; its children live on until stop() kills the group", async () => {
    const sim = await startSimulator({ tls: false });
    const client = createTestClient(sim);
    try {
      const session = await client.login();
      const file = join(sim.inventory.tmpDir(VM), "child.pid");
      await mkdir(sim.inventory.tmpDir(VM), { recursive: true });
      const created = await client.request("POST", `${base}?action=create`, {
        session,
        body: {
          credentials,
          spec: { path: "/bin/bash", arguments: `-c 'sleep 60 & echo $! > ${file}; wait'` },
        },
      });
      const pid = created.body as number;
      const child = await eventually(async () => {
        const text = await readFile(file, "utf8").catch(() => "");
        return text.endsWith("\n") ? Number(text.trim()) : undefined;
      });
      expect(isAlive(child)).toBe(true);
      const killed = await client.request("POST", `${base}/${pid}?action=delete`, {
        session,
        body: { credentials },
      });
      expect(killed.status).toBe(204);
      await eventually(() => (isAlive(pid) ? undefined : true));
      expect(isAlive(child)).toBe(true);
      await client.close();
      await sim.stop();
      await eventually(() => (isAlive(child) ? undefined : true));
    } finally {
      await client.close();
      await sim.stop();
    }
  });

  test("stop() kills running programs and records their exit", async () => {
    const sim = await startSimulator({ tls: false });
    const client = createTestClient(sim);
    const session = await client.login();
    const created = await client.request("POST", `${base}?action=create`, {
      session,
      body: { credentials, spec: { path: "/bin/sleep", arguments: "60" } },
    });
    const pid = created.body as number;
    expect(isAlive(pid)).toBe(true);
    await client.close();
    await sim.stop();
    expect(isAlive(pid)).toBe(false);
    expect(sim.stats.processes[0]).toMatchObject({ pid, exitCode: 137 });
  });
});
