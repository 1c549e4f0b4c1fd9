import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";
import { createTestClient, guestCredentials, type TestClient } from "./sim-client.js";

const credentials = guestCredentials();
const processes = (vm: string) => `/api/vcenter/vm/${vm}/guest/processes`;

describe("fault knobs", () => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    sim = await startSimulator({
      tls: false,
      faults: {
        serviceUnavailable: { createSession: 1 },
        vms: { "vm-103": { serviceUnavailable: { getVm: 1 } } },
      },
    });
    client = createTestClient(sim);
  });

  afterEach(() => {
    sim.faults.clear();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  const create = (vm = "vm-101", spec: Record<string, unknown> = { path: "/bin/true" }) =>
    client.request("POST", `${processes(vm)}?action=create`, {
      session,
      body: { credentials, spec },
    });
  const timed = async <T>(run: () => Promise<T>) => {
    const start = performance.now();
    const value = await run();
    return { value, ms: performance.now() - start };
  };

  test("applies faults given at start, global and per VM", async () => {
    await expect(client.login()).rejects.toThrow(/login failed: 503/);
    session = await client.login();
    expect((await client.request("GET", "/api/vcenter/vm/vm-101", { session })).status).toBe(200);
    expect((await client.request("GET", "/api/vcenter/vm/vm-103", { session })).status).toBe(503);
    expect((await client.request("GET", "/api/vcenter/vm/vm-103", { session })).status).toBe(200);
    expect(sim.stats.faults.serviceUnavailable).toBe(2);
  });

  test("delays every response by latencyMs, globally or for one VM", async () => {
    // Wide margins: other packages' tests share these two cores, and a loopback GET can stall for
    // a few hundred ms behind them, so "not delayed" is judged against a long delay.
    sim.faults.set({ latencyMs: 900 });
    const slow = await timed(() => client.request("GET", "/api/vcenter/vm", { session }));
    expect(slow.ms).toBeGreaterThanOrEqual(890);
    sim.faults.clear();
    sim.faults.setForVm("vm-102", { latencyMs: 900 });
    const other = await timed(() => client.request("GET", "/api/vcenter/vm/vm-101", { session }));
    expect(other.ms).toBeLessThan(600);
    const own = await timed(() => client.request("GET", "/api/vcenter/vm/vm-102", { session }));
    expect(own.ms).toBeGreaterThanOrEqual(890);
  });

  test("adds slowMs spikes with slowProbability and counts them", async () => {
    const before = sim.stats.faults.slow;
    sim.faults.set({ slowMs: 900, slowProbability: 1 });
    const spiked = await timed(() => client.request("GET", "/api/vcenter/vm", { session }));
    expect(spiked.ms).toBeGreaterThanOrEqual(890);
    sim.faults.set({ slowProbability: 0 });
    const calm = await timed(() => client.request("GET", "/api/vcenter/vm", { session }));
    expect(calm.ms).toBeLessThan(600);
    expect(sim.stats.faults.slow).toBe(before + 1);
  });

  test("answers the next N calls of an operation with RESOURCE_BUSY, in either flavor's key", async () => {
    sim.faults.set({ busy: { createProcessRest: 2 } });
    expect((await create()).status).toBe(500);
    expect(sim.faults.current().busy).toEqual({ createProcess: 1 });
    const second = await create();
    expect(second.body).toMatchObject({ error_type: "RESOURCE_BUSY" });
    expect((await create()).status).toBe(201);
  });

  test("limits the * key to operations that document the error", async () => {
    sim.faults.set({ busy: { "*": 1 } });
    expect((await client.request("GET", "/api/vcenter/vm", { session })).status).toBe(200);
    const list = await client.request("POST", `${processes("vm-101")}?action=list`, {
      session,
      body: { credentials },
    });
    expect(list.status).toBe(500);
  });

  test("answers the next N calls with 503 SERVICE_UNAVAILABLE", async () => {
    sim.faults.set({ serviceUnavailable: { listVms: 1 } });
    const res = await client.request("GET", "/api/vcenter/vm", { session });
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ error_type: "SERVICE_UNAVAILABLE" });
    expect((await client.request("GET", "/api/vcenter/vm", { session })).status).toBe(200);
  });

  test("applies per-VM faults to that VM only", async () => {
    sim.faults.setForVm("vm-102", { busy: { createProcess: 1 } });
    expect((await create("vm-101")).status).toBe(201);
    expect((await create("vm-102")).status).toBe(500);
    expect((await create("vm-102")).status).toBe(201);
  });

  test("answers the next N creates with 503 as if Tools were down, starting nothing", async () => {
    sim.faults.set({ toolsDownForCreates: 2 });
    const started = sim.stats.processes.length;
    for (let i = 0; i < 2; i++) expect((await create()).status).toBe(503);
    expect(sim.stats.processes.length).toBe(started);
    expect((await create()).status).toBe(201);
    expect(sim.stats.faults.toolsDown).toBe(2);
  });

  test("answers the next N creates with UNABLE_TO_ALLOCATE_RESOURCE", async () => {
    sim.faults.set({ failToStart: 1 });
    const res = await create();
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ error_type: "UNABLE_TO_ALLOCATE_RESOURCE" });
    expect(sim.stats.faults.failToStart).toBe(1);
  });

  test("starts the program, then drops the connection: the ambiguous create", async () => {
    sim.faults.set({ resetAfterCreate: 1 });
    const before = sim.stats.processes.length;
    await expect(create("vm-101", { path: "/bin/sleep", arguments: "5" })).rejects.toThrow(
      TypeError,
    );
    expect(sim.stats.processes.length).toBe(before + 1);
    const started = sim.stats.processes.at(-1);
    // The program runs, and list shows it: a careful client reconciles instead of re-creating.
    const list = await client.request("POST", `${processes("vm-101")}?action=list`, {
      session,
      body: { credentials },
    });
    expect(list.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pid: started?.pid, command: "/bin/sleep 5" }),
      ]),
    );
    expect(sim.stats.faults.reset).toBe(1);
    expect((await create()).status).toBe(201);
  });
});

describe("seeded random faults", () => {
  async function run(seed: number, calls: number) {
    const sim = await startSimulator({
      tls: false,
      faults: { random: { probability: 0.15, seed, kinds: ["busy", "serviceUnavailable"] } },
    });
    const client = createTestClient(sim);
    try {
      const session = await client.login();
      const statuses: number[] = [];
      for (let i = 0; i < calls; i++) {
        const res = await client.request("POST", `${processes("vm-101")}?action=list`, {
          session,
          body: { credentials },
        });
        statuses.push(res.status);
      }
      return { statuses, faults: { ...sim.stats.faults } };
    } finally {
      await client.close();
      await sim.stop();
    }
  }

  test("faults about 15% of calls, the same ones for the same seed", async () => {
    const a = await run(42, 120);
    const b = await run(42, 120);
    expect(b.statuses).toEqual(a.statuses);
    const faulted = a.statuses.filter((status) => status !== 200).length;
    expect(faulted).toBeGreaterThanOrEqual(6);
    expect(faulted).toBeLessThanOrEqual(36);
    expect(a.faults.random).toBe(faulted);
    expect(new Set(a.statuses)).toEqual(new Set([200, 500, 503]));
  });

  test("lets a client that re-logs in and retries get through every default kind", async () => {
    const sim = await startSimulator({
      tls: false,
      faults: { random: { probability: 0.3, seed: 7, slowMs: 10 } },
    });
    const client = createTestClient(sim);
    // Logins are faulted too (503, reset): retry them like any safe call.
    const login = async (): Promise<string> => {
      for (let attempt = 0; attempt < 20; attempt++) {
        try {
          return await client.login();
        } catch {}
      }
      throw new Error("could not log in");
    };
    try {
      let session = await login();
      let ok = 0;
      for (let attempt = 0; attempt < 400 && ok < 60; attempt++) {
        let res: Awaited<ReturnType<typeof client.request>>;
        try {
          res = await client.request("GET", "/api/vcenter/vm/vm-101/guest/operations", { session });
        } catch {
          continue; // a random reset dropped the connection before anything ran
        }
        if (res.status === 401) session = await login();
        if (res.status === 200) ok += 1;
      }
      expect(ok).toBe(60);
      const { faults } = sim.stats;
      expect(faults.reset).toBeGreaterThan(0);
      expect(faults.sessionExpired).toBeGreaterThan(0);
      expect(faults.serviceUnavailable).toBeGreaterThan(0);
      expect(faults.slow).toBeGreaterThan(0);
      // getGuestOperations does not document RESOURCE_BUSY, so the random mode never sends it.
      expect(faults.busy).toBe(0);
    } finally {
      await client.close();
      await sim.stop();
    }
  });
});
