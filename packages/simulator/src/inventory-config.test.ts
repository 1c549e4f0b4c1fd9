import { describe, expect, test } from "vitest";
import { demoInventory } from "./demo-inventory.js";
import { expandInventory, toVmState } from "./inventory-config.js";

describe("expandInventory", () => {
  test("generates a fleet with padded names and the template's settings", () => {
    const vms = expandInventory({
      vms: [{ id: "vm-1", name: "one" }],
      fleet: { count: 3, namePrefix: "node-", toolsRunning: false },
    });
    expect(vms.map((vm) => [vm.id, vm.name])).toEqual([
      ["vm-1", "one"],
      ["vm-fleet-1", "node-001"],
      ["vm-fleet-2", "node-002"],
      ["vm-fleet-3", "node-003"],
    ]);
    expect(vms[1]?.toolsRunning).toBe(false);
  });

  test("numbers ids from idStart, so idPrefix vm- gives vCenter-shaped ids (vm-<digits>)", () => {
    const vms = expandInventory({
      vms: [{ id: "vm-101", name: "web-01" }],
      fleet: { count: 3, idPrefix: "vm-", idStart: 1001 },
    });
    expect(vms.map((vm) => [vm.id, vm.name])).toEqual([
      ["vm-101", "web-01"],
      ["vm-1001", "fleet-001"],
      ["vm-1002", "fleet-002"],
      ["vm-1003", "fleet-003"],
    ]);
    // The pattern @guestops/client recognizes VM ids by.
    for (const vm of vms) expect(vm.id).toMatch(/^vm-\d+$/);
  });

  test("keeps the default fleet ids vm-fleet-1 .. vm-fleet-N", () => {
    expect(expandInventory({ fleet: { count: 2 } }).map((vm) => vm.id)).toEqual([
      "vm-fleet-1",
      "vm-fleet-2",
    ]);
  });

  test("widens the index past 999 VMs so names stay sortable", () => {
    const vms = expandInventory({ fleet: { count: 1200 } });
    expect(vms.at(-1)?.name).toBe("fleet-1200");
    expect(vms[0]?.name).toBe("fleet-0001");
  });
});

describe("toVmState", () => {
  test("fills Linux defaults", () => {
    expect(toVmState({ id: "vm-1", name: "a" })).toMatchObject({
      powerState: "POWERED_ON",
      guestFamily: "LINUX",
      toolsRunning: true,
      toolsSupportsProcesses: true,
      guestUsers: [{ username: "root", password: "vmware" }],
      guestOS: "UBUNTU_64",
    });
  });

  test("fills Windows defaults", () => {
    expect(toVmState({ id: "vm-1", name: "a", guestFamily: "WINDOWS" })).toMatchObject({
      guestUsers: [{ username: "Administrator" }],
      guestOS: "WINDOWS_SERVER_2019",
      emulation: { exitCode: 0, durationMs: 0 },
    });
  });
});

describe("demoInventory", () => {
  test("has the VMs the CLI and the demo name", () => {
    const names = expandInventory(demoInventory()).map((vm) => vm.name);
    expect(names).toEqual(
      expect.arrayContaining(["web-01", "web-02", "db-01", "win-01", "tools-down-01", "off-01"]),
    );
  });
});
