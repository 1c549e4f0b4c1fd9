import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";
import { createTestClient, guestCredentials, type TestClient } from "./sim-client.js";

// A typo in a fault setting must fail loudly: accepted silently, it injects nothing and the test
// that relies on it passes for the wrong reason.
describe("fault settings are checked", () => {
  let sim: Simulator;
  let client: TestClient;

  beforeAll(async () => {
    sim = await startSimulator({ tls: false });
    client = createTestClient(sim);
  });

  afterEach(() => {
    sim.faults.clear();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  test("set refuses an unknown knob, naming it and listing the valid ones", () => {
    expect(() => sim.faults.set({ bussy: 1 } as never)).toThrow(TypeError);
    expect(() => sim.faults.set({ bussy: 1 } as never)).toThrow(
      /Invalid fault settings at bussy: .*busy, serviceUnavailable/,
    );
  });

  test("set refuses an unknown operation, listing both flavors' operationIds and *", () => {
    expect(() => sim.faults.set({ busy: { createProces: 1 } })).toThrow(
      /at busy\.createProces: unknown operation "createProces".*createProcess, .*createProcessRest, .*, \*\)$/,
    );
    expect(() => sim.faults.set({ serviceUnavailable: { listVm: 1 } })).toThrow(
      /serviceUnavailable\.listVm/,
    );
  });

  test("set applies nothing of a refused setting, so the next create is not faulted", async () => {
    expect(() => sim.faults.set({ failToStart: 1, busy: { createProces: 1 } })).toThrow();
    expect(sim.faults.current()).toEqual({ busy: {}, serviceUnavailable: {} });
    const session = await client.login();
    const created = await client.request(
      "POST",
      "/api/vcenter/vm/vm-101/guest/processes?action=create",
      { session, body: { credentials: guestCredentials(), spec: { path: "/bin/true" } } },
    );
    expect(created.status).toBe(201);
  });

  test("set refuses values out of range, naming the field", () => {
    expect(() => sim.faults.set({ latencyMs: -1 })).toThrow(/at latencyMs:/);
    expect(() => sim.faults.set({ busy: { createProcess: 1.5 } })).toThrow(/busy\.createProcess/);
    expect(() => sim.faults.set({ random: { probability: 2 } })).toThrow(/random\.probability/);
    expect(() => sim.faults.set({ random: { probability: 0.1, kinds: ["bsy" as never] } })).toThrow(
      /random\.kinds\.0/,
    );
  });

  test("set accepts both flavors' keys, * and turning random off", () => {
    sim.faults.set({ busy: { createProcessRest: 1, "*": 1 }, serviceUnavailable: { listVms: 1 } });
    sim.faults.set({ random: undefined });
    expect(sim.faults.current().busy).toEqual({ createProcess: 1, "*": 1 });
  });

  test("setForVm refuses a VM that is not in the inventory, listing the ones that are", () => {
    expect(() => sim.faults.setForVm("vm-nope", { failToStart: 1 })).toThrow(
      /unknown VM "vm-nope".*vm-101, vm-102/,
    );
    expect(sim.faults.current("vm-nope")).toEqual({});
  });

  test("setForVm checks the settings like set, and refuses random (global only)", () => {
    expect(() => sim.faults.setForVm("vm-101", { busy: { getProces: 1 } })).toThrow(
      /busy\.getProces/,
    );
    expect(() => sim.faults.setForVm("vm-101", { random: { probability: 1 } } as never)).toThrow(
      /at random:/,
    );
  });

  test("setForVm accepts a VM added at run time", () => {
    sim.inventory.add({ id: "vm-900", name: "late-01" });
    sim.faults.setForVm("vm-900", { failToStart: 1 });
    expect(sim.faults.current("vm-900").failToStart).toBe(1);
  });
});

describe("fault options at start are checked the same way", () => {
  test("refuses an unknown operation with its path", async () => {
    await expect(
      startSimulator({ tls: false, faults: { busy: { createProces: 1 } } }),
    ).rejects.toThrow(
      /Invalid simulator options at faults\.busy\.createProces: unknown operation "createProces"/,
    );
  });

  test("refuses an unknown knob of a VM's faults", async () => {
    await expect(
      startSimulator({ tls: false, faults: { vms: { "vm-101": { failToStrat: 1 } as never } } }),
    ).rejects.toThrow(/faults\.vms\.vm-101\.failToStrat/);
  });

  test("refuses faults for a VM the inventory does not have", async () => {
    await expect(
      startSimulator({ tls: false, faults: { vms: { "vm-nope": { failToStart: 1 } } } }),
    ).rejects.toThrow(/faults\.vms\.vm-nope: unknown VM "vm-nope"/);
    await expect(
      startSimulator({
        tls: false,
        inventory: { fleet: { count: 2 } },
        faults: { vms: { "vm-101": { failToStart: 1 } } },
      }),
    ).rejects.toThrow(/unknown VM "vm-101".*vm-fleet-1, vm-fleet-2/);
  });

  test("accepts faults for a fleet VM", async () => {
    const sim = await startSimulator({
      tls: false,
      inventory: { fleet: { count: 2 } },
      faults: { vms: { "vm-fleet-2": { busy: { createProcess: 1 } } } },
    });
    expect(sim.faults.current("vm-fleet-2").busy).toEqual({ createProcess: 1 });
    await sim.stop();
  });
});
