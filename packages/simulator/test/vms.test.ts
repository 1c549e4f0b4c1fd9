import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";
import { createTestClient, type TestClient } from "./sim-client.js";

describe("VM lookup", () => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    sim = await startSimulator({ tls: false });
    client = createTestClient(sim);
    session = await client.login();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  test("lists every VM of the demo inventory without a filter", async () => {
    const res = await client.request("GET", "/api/vcenter/vm", { session });
    expect(res.status).toBe(200);
    const names = (res.body as { name: string }[]).map((vm) => vm.name);
    expect(names).toEqual(
      expect.arrayContaining(["web-01", "web-02", "db-01", "win-01", "tools-down-01", "off-01"]),
    );
  });

  test("filters by repeated names, vms and power_states", async () => {
    const byName = await client.request("GET", "/api/vcenter/vm?names=web-01&names=db-01", {
      session,
    });
    expect(byName.body).toEqual([
      {
        vm: "vm-101",
        name: "web-01",
        power_state: "POWERED_ON",
        cpu_count: 2,
        memory_size_MiB: 4096,
      },
      {
        vm: "vm-103",
        name: "db-01",
        power_state: "POWERED_ON",
        cpu_count: 4,
        memory_size_MiB: 16384,
      },
    ]);
    const byId = await client.request("GET", "/api/vcenter/vm?vms=vm-201", { session });
    expect((byId.body as { name: string }[]).map((vm) => vm.name)).toEqual(["win-01"]);
    const off = await client.request("GET", "/api/vcenter/vm?power_states=POWERED_OFF", {
      session,
    });
    expect((off.body as { name: string }[]).map((vm) => vm.name)).toEqual(["off-01"]);
    const none = await client.request("GET", "/api/vcenter/vm?names=nope", { session });
    expect(none.body).toEqual([]);
  });

  test("answers an unknown power state with 400 INVALID_ARGUMENT", async () => {
    const res = await client.request("GET", "/api/vcenter/vm?power_states=ON", { session });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_type: "INVALID_ARGUMENT" });
  });

  test("lists under /rest with the filter. prefix, wrapped in value", async () => {
    const res = await client.request("GET", "/rest/vcenter/vm?filter.names=web-02", { session });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      value: [
        {
          vm: "vm-102",
          name: "web-02",
          power_state: "POWERED_ON",
          cpu_count: 2,
          memory_size_MiB: 4096,
        },
      ],
    });
  });

  test("describes a VM in both flavors", async () => {
    const api = await client.request("GET", "/api/vcenter/vm/vm-201", { session });
    expect(api.status).toBe(200);
    expect(api.body).toMatchObject({
      name: "win-01",
      guest_OS: "WINDOWS_SERVER_2019",
      power_state: "POWERED_ON",
      cpu: { count: 2 },
      memory: { size_MiB: 4096 },
    });
    const rest = await client.request("GET", "/rest/vcenter/vm/vm-101", { session });
    expect(rest.status).toBe(200);
    expect(rest.body).toMatchObject({
      value: { name: "web-01", disks: [{ key: "2000", value: { label: "Hard disk 1" } }] },
    });
  });

  test("answers an unknown VM with 404 NOT_FOUND in both flavors", async () => {
    const api = await client.request("GET", "/api/vcenter/vm/vm-999", { session });
    expect(api.status).toBe(404);
    expect(api.body).toMatchObject({ error_type: "NOT_FOUND" });
    const rest = await client.request("GET", "/rest/vcenter/vm/vm-999", { session });
    expect(rest.status).toBe(404);
    expect(rest.body).toMatchObject({ type: "com.vmware.vapi.std.errors.not_found" });
    for (const path of [
      "/api/vcenter/vm/vm-999/tools",
      "/api/vcenter/vm/vm-999/guest/operations",
    ]) {
      expect((await client.request("GET", path, { session })).status).toBe(404);
    }
  });

  test.each([
    ["vm-101", "RUNNING", true],
    ["vm-301", "NOT_RUNNING", false],
    ["vm-302", "NOT_RUNNING", false],
  ])("reports Tools of %s as %s and guest operations ready = %s", async (vm, runState, ready) => {
    const tools = await client.request("GET", `/api/vcenter/vm/${vm}/tools`, { session });
    expect(tools.status).toBe(200);
    expect(tools.body).toMatchObject({ run_state: runState });
    const ops = await client.request("GET", `/api/vcenter/vm/${vm}/guest/operations`, { session });
    expect(ops.status).toBe(200);
    expect(ops.body).toMatchObject({ guest_operations_ready: ready });
  });

  test("follows inventory changes made at run time", async () => {
    sim.inventory.add({ id: "vm-new", name: "new-01", powerState: "POWERED_OFF" });
    sim.inventory.setPowerState("vm-new", "POWERED_ON");
    sim.inventory.setToolsRunning("vm-new", false);
    const ops = await client.request("GET", "/api/vcenter/vm/vm-new/guest/operations", {
      session,
    });
    expect(ops.body).toEqual({
      guest_operations_ready: false,
      interactive_guest_operations_ready: false,
    });
    sim.inventory.remove("vm-new");
    expect((await client.request("GET", "/api/vcenter/vm/vm-new", { session })).status).toBe(404);
  });

  test("counts calls per operation and per VM", () => {
    expect(sim.stats.calls.listVms).toBeGreaterThan(0);
    expect(sim.stats.callsOf("listVms")).toBe(
      (sim.stats.calls.listVms ?? 0) + (sim.stats.calls.listVmsRest ?? 0),
    );
    expect(sim.stats.callsByVm["vm-201"]?.getVm).toBe(1);
  });
});
