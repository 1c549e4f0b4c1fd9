import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { demoInventory, type Simulator, startSimulator } from "../src/index.js";
import { createTestClient, eventually, guestCredentials, type TestClient } from "./sim-client.js";

const FLEET = 200;
const credentials = guestCredentials();

describe(`a ${FLEET}-VM fleet over HTTPS`, () => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    sim = await startSimulator({ inventory: { fleet: { count: FLEET, namePrefix: "node-" } } });
    client = createTestClient(sim);
    session = await client.login();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  test("lists the whole fleet and filters it by name", async () => {
    const all = await client.request("GET", "/api/vcenter/vm", { session });
    expect(all.body).toHaveLength(FLEET);
    const one = await client.request("GET", "/api/vcenter/vm?names=node-200", { session });
    expect(one.body).toEqual([expect.objectContaining({ vm: "vm-fleet-200" })]);
  });

  test(`takes ${FLEET} concurrent creates, one per VM, without an error`, {
    timeout: 60_000,
  }, async () => {
    const started = performance.now();
    const results = await Promise.all(
      sim.inventory.list().map((vm) =>
        client.request("POST", `/api/vcenter/vm/${vm.id}/guest/processes?action=create`, {
          session,
          body: { credentials, spec: { path: "/bin/sh", arguments: "-c 'exit 0'" } },
        }),
      ),
    );
    const createdMs = performance.now() - started;
    expect(results.map((res) => res.status)).toEqual(Array(FLEET).fill(201));
    await eventually(
      () => (sim.stats.processes.every((p) => p.exitCode !== undefined) ? true : undefined),
      30_000,
    );
    const infos = await Promise.all(
      results.map((res, index) =>
        client.request(
          "POST",
          `/api/vcenter/vm/vm-fleet-${index + 1}/guest/processes/${res.body as number}?action=get`,
          { session, body: { credentials } },
        ),
      ),
    );
    const totalMs = performance.now() - started;
    expect(infos.map((info) => (info.body as { exit_code?: number }).exit_code)).toEqual(
      Array(FLEET).fill(0),
    );
    expect(sim.stats.callsOf("createProcess")).toBe(FLEET);
    // Printed so a run shows what this machine managed.
    console.log(
      `${FLEET} concurrent creates answered in ${Math.round(createdMs)} ms; all exited and read back in ${Math.round(totalMs)} ms`,
    );
  });
});

describe("a fleet with vCenter-shaped ids", () => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    // Next to the demo VMs (vm-101 ...), numbered past them.
    sim = await startSimulator({
      tls: false,
      inventory: { ...demoInventory(), fleet: { count: 3, idPrefix: "vm-", idStart: 1001 } },
    });
    client = createTestClient(sim);
    session = await client.login();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  test("lists vm-<digits> ids, the shape real vCenter ids have, and serves VM calls by them", async () => {
    const all = await client.request("GET", "/api/vcenter/vm", { session });
    const ids = (all.body as { vm: string }[]).map((vm) => vm.vm);
    expect(ids).toEqual(expect.arrayContaining(["vm-101", "vm-1001", "vm-1002", "vm-1003"]));
    for (const id of ids) expect(id).toMatch(/^vm-\d+$/);
    const named = await client.request("GET", "/api/vcenter/vm?names=fleet-002", { session });
    expect(named.body).toEqual([expect.objectContaining({ vm: "vm-1002" })]);
    expect((await client.request("GET", "/api/vcenter/vm/vm-1003", { session })).status).toBe(200);
  });

  test("refuses an idStart that is not a whole number, and ids that collide", async () => {
    await expect(
      startSimulator({ tls: false, inventory: { fleet: { count: 1, idStart: -1 } } }),
    ).rejects.toThrow(/inventory\.fleet\.idStart/);
    await expect(
      startSimulator({
        tls: false,
        inventory: { ...demoInventory(), fleet: { count: 3, idPrefix: "vm-", idStart: 100 } },
      }),
    ).rejects.toThrow(/VM id "vm-101" is taken/);
  });
});
