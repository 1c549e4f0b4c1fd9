import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";
import { createTestClient, eventually, guestCredentials, type TestClient } from "./sim-client.js";

const credentials = guestCredentials("Administrator", "vmware");
const CMD = "C:\\Windows\\System32\\cmd.exe";

describe("Windows guests (emulated)", () => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    sim = await startSimulator({ tls: false });
    sim.inventory.add({
      id: "vm-202",
      name: "win-slow",
      guestFamily: "WINDOWS",
      emulation: { exitCode: 5, durationMs: 800 },
    });
    sim.inventory.add({
      id: "vm-203",
      name: "win-long",
      guestFamily: "WINDOWS",
      emulation: { exitCode: 0, durationMs: 60_000 },
    });
    client = createTestClient(sim);
    session = await client.login();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  const base = (vm: string) => `/api/vcenter/vm/${vm}/guest/processes`;
  const create = (vm: string, spec: Record<string, unknown>) =>
    client.request("POST", `${base(vm)}?action=create`, { session, body: { credentials, spec } });
  const get = async (vm: string, pid: number) =>
    (
      await client.request("POST", `${base(vm)}/${pid}?action=get`, {
        session,
        body: { credentials },
      })
    ).body as Record<string, unknown>;

  test("accepts start_minimized and finishes at once with exit code 0, running nothing", async () => {
    const res = await create("vm-201", {
      path: CMD,
      arguments: "/c echo hi",
      start_minimized: true,
    });
    expect(res.status).toBe(201);
    const pid = res.body as number;
    expect(pid % 4).toBe(0);
    expect(await get("vm-201", pid)).toMatchObject({
      name: "cmd.exe",
      owner: "Administrator",
      command: `${CMD} /c echo hi`,
      exit_code: 0,
    });
    expect(sim.stats.processes.at(-1)).toMatchObject({
      pid,
      emulated: true,
      cwd: "C:\\Users\\Administrator",
    });
  });

  test("runs for the configured duration and ends with the configured exit code", async () => {
    const pid = (await create("vm-202", { path: CMD })).body as number;
    expect(await get("vm-202", pid)).not.toHaveProperty("exit_code");
    const done = await eventually(async () => {
      const info = await get("vm-202", pid);
      return info.exit_code === undefined ? undefined : info;
    });
    expect(done.exit_code).toBe(5);
  });

  test("ends an emulated program on delete with exit code 1", async () => {
    const pid = (await create("vm-202", { path: CMD })).body as number;
    const res = await client.request("POST", `${base("vm-202")}/${pid}?action=delete`, {
      session,
      body: { credentials },
    });
    expect(res.status).toBe(204);
    expect(await get("vm-202", pid)).toMatchObject({ exit_code: 1 });
  });

  describe("taskkill", () => {
    // As poll ends a Windows run: the system taskkill, spelled in any case, as Windows matches paths.
    const TASKKILL = "c:\\windows\\SYSTEM32\\TaskKill.exe";
    const longProgram = async () =>
      (await create("vm-203", { path: CMD, arguments: "/c long.exe" })).body as number;

    test("ends the emulated process at once with exit code 1 and exits 0 itself", async () => {
      const pid = await longProgram();
      const kill = await create("vm-203", { path: TASKKILL, arguments: `/PID ${pid} /T /F` });
      expect(kill.status).toBe(201);
      expect(await get("vm-203", kill.body as number)).toMatchObject({
        name: "TaskKill.exe",
        exit_code: 0,
      });
      expect(await get("vm-203", pid)).toMatchObject({ exit_code: 1 });
    });

    test("ends every process given with a repeated /pid, in any case of the switches", async () => {
      const first = await longProgram();
      const second = await longProgram();
      const kill = await create("vm-203", {
        path: TASKKILL,
        arguments: `/f /pid ${first} -PID ${second}`,
      });
      expect(await get("vm-203", kill.body as number)).toMatchObject({ exit_code: 0 });
      expect(await get("vm-203", first)).toMatchObject({ exit_code: 1 });
      expect(await get("vm-203", second)).toMatchObject({ exit_code: 1 });
    });

    test("exits 128 for a process that is not running, as taskkill's 'not found'", async () => {
      const pid = await longProgram();
      await create("vm-203", { path: TASKKILL, arguments: `/PID ${pid} /F` });
      const again = await create("vm-203", { path: TASKKILL, arguments: `/PID ${pid} /F` });
      expect(await get("vm-203", again.body as number)).toMatchObject({ exit_code: 128 });
      const unknown = await create("vm-203", { path: TASKKILL, arguments: "/PID 999996 /T /F" });
      expect(await get("vm-203", unknown.body as number)).toMatchObject({ exit_code: 128 });
    });

    test("exits 1 and leaves the System process alone (access denied)", async () => {
      const kill = await create("vm-203", { path: TASKKILL, arguments: "/PID 4 /F" });
      expect(await get("vm-203", kill.body as number)).toMatchObject({ exit_code: 1 });
      expect(await get("vm-203", 4)).not.toHaveProperty("exit_code");
    });

    test("also works through cmd.exe /c, which exits with taskkill's exit code", async () => {
      const pid = await longProgram();
      const kill = await create("vm-203", {
        path: CMD,
        arguments: `/d /s /c "taskkill /pid ${pid} /t /f"`,
      });
      expect(await get("vm-203", kill.body as number)).toMatchObject({ exit_code: 0 });
      expect(await get("vm-203", pid)).toMatchObject({ exit_code: 1 });
    });

    test("ends a Windows run's program as poll's timeout does: the wrapper exits 1 promptly", async () => {
      const wrapper = (
        await create("vm-203", {
          path: CMD,
          arguments: '/d /s /c "set GUESTOPS_RUN=r1&& C:\\Tools\\slow.exe <NUL"',
        })
      ).body as number;
      expect(await get("vm-203", wrapper)).not.toHaveProperty("exit_code");
      const kill = await create("vm-203", {
        path: "C:\\Windows\\System32\\taskkill.exe",
        arguments: `/PID ${wrapper} /T /F`,
      });
      expect(await get("vm-203", kill.body as number)).toMatchObject({ exit_code: 0 });
      expect(await get("vm-203", wrapper)).toMatchObject({ exit_code: 1 });
      expect(sim.stats.processes.find((p) => p.pid === wrapper && p.vm === "vm-203")).toMatchObject(
        { exitCode: 1 },
      );
    });
  });

  test("lists the System process and the emulated programs", async () => {
    const res = await client.request("POST", `${base("vm-201")}?action=list`, {
      session,
      body: { credentials },
    });
    expect(res.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ pid: 4, name: "System" })]),
    );
  });

  test("answers a POSIX path with 404 and a relative path with 400", async () => {
    expect((await create("vm-201", { path: "/bin/true" })).status).toBe(404);
    expect((await create("vm-201", { path: "cmd.exe" })).status).toBe(400);
  });

  test("reports interactive guest operations ready on Windows only", async () => {
    const win = await client.request("GET", "/api/vcenter/vm/vm-201/guest/operations", { session });
    expect(win.body).toEqual({
      guest_operations_ready: true,
      interactive_guest_operations_ready: true,
    });
  });
});
