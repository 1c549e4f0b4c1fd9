import { describe, expect, test } from "vitest";
import { createFakeVcenter, json, vapiError } from "../test/fake-vcenter.js";
import { createClient } from "./create-client.js";
import type { GuestCredentials } from "./guest-credentials.js";
import { isVmLookupError } from "./vm-lookup-error.js";

const vcenter = { username: "administrator@vsphere.local", password: "vc-password-1" };
const guest: GuestCredentials = { type: "password", username: "root", password: "guest-secret-1" };
const web = { vm: "vm-42", name: "web-01", power_state: "POWERED_ON" };

describe("listVms", () => {
  test("sends /api filters as repeated query parameters", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm?names=web-01&names=web-02&power_states=POWERED_ON", () =>
      json([web]),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    const vms = await client.listVms({ names: ["web-01", "web-02"], powerStates: ["POWERED_ON"] });
    expect(vms).toEqual([{ vm: "vm-42", name: "web-01", powerState: "POWERED_ON" }]);
  });

  test("sends /rest filters with the filter. prefix and unwraps value", async () => {
    const fake = createFakeVcenter("rest");
    fake.on("GET /rest/vcenter/vm?filter.vms=vm-42", () => json({ value: [web] }));
    const client = createClient({ url: "vc", ...vcenter, flavor: "rest", fetch: fake.fetch });
    expect(await client.listVms({ vms: ["vm-42"] })).toEqual([
      { vm: "vm-42", name: "web-01", powerState: "POWERED_ON" },
    ]);
  });

  test("explains more than 4000 matching VMs", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm", () => vapiError("api", "UNABLE_TO_ALLOCATE_RESOURCE"));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await expect(client.listVms()).rejects.toThrow(
      "listVms: more than 4000 VMs match the filter (500 UNABLE_TO_ALLOCATE_RESOURCE): narrow the filter with names, vms or powerStates",
    );
  });
});

describe("resolveVm", () => {
  test("looks an id up by the vms filter", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm?vms=vm-42", () => json([web]));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    expect(await client.resolveVm("vm-42")).toEqual({
      vm: "vm-42",
      name: "web-01",
      powerState: "POWERED_ON",
    });
  });

  test("looks a name up by the names filter", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm?names=web-01", () => json([web]));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    expect((await client.resolveVm("web-01")).vm).toBe("vm-42");
  });

  test("falls back to the name when no VM has that id", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm?vms=vm-7", () => json([]));
    fake.on("GET /api/vcenter/vm?names=vm-7", () =>
      json([{ vm: "vm-99", name: "vm-7", power_state: "POWERED_OFF" }]),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    expect((await client.resolveVm("vm-7")).vm).toBe("vm-99");
  });

  test("looks up by id last when the id is not vCenter-shaped and no VM has that name", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm?names=vm-fleet-1", () => json([]));
    fake.on("GET /api/vcenter/vm?vms=vm-fleet-1", () =>
      json([{ vm: "vm-fleet-1", name: "fleet-1", power_state: "POWERED_ON" }]),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    expect((await client.resolveVm("vm-fleet-1")).name).toBe("fleet-1");
  });

  test("reads a server's refusal of an id it cannot parse as no match", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm?names=web%2001", () => json([]));
    fake.on("GET /api/vcenter/vm?vms=web%2001", () => vapiError("api", "INVALID_ARGUMENT"));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    const error = await client.resolveVm("web 01").catch((e: unknown) => e);
    expect(isVmLookupError(error) && error.reason).toBe("none");
  });

  test("says clearly when no VM matches", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm?names=nope", () => json([]));
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    const error = await client.resolveVm("nope").catch((e: unknown) => e);
    expect(isVmLookupError(error) && error.reason).toBe("none");
    expect((error as Error).message).toBe(
      'resolveVm: no VM is named or identified "nope": check the name (it is case-sensitive) or pass the VM id, e.g. vm-42',
    );
  });

  test("lists the ids when several VMs share the name", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm?names=web", () =>
      json([
        { vm: "vm-1", name: "web", power_state: "POWERED_ON" },
        { vm: "vm-2", name: "web", power_state: "POWERED_OFF" },
      ]),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await expect(client.resolveVm("web")).rejects.toThrow(
      'resolveVm: 2 VMs are named "web" (vm-1, vm-2): pass the VM id instead of the name',
    );
  });
});

describe("getVm, getTools, getGuestOperationsReadiness", () => {
  test("remembers a Linux guest so that createProcess refuses startMinimized before sending", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm/vm-42", () =>
      json({ name: "web-01", power_state: "POWERED_ON", guest_OS: "UBUNTU_64" }),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    expect(await client.getVm("vm-42")).toEqual({
      vm: "vm-42",
      name: "web-01",
      powerState: "POWERED_ON",
      guestOs: "UBUNTU_64",
      guestFamily: "linux",
    });
    const error = await client
      .createProcess("vm-42", { path: "/usr/bin/xterm", startMinimized: true }, guest)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "InvalidRequestError",
      reason: "startMinimizedNotWindows",
      vm: "vm-42",
    });
    expect(fake.count("POST /api/vcenter")).toBe(0);
  });

  test("reads Tools and readiness in camelCase", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm/vm-42/tools", () =>
      json({ run_state: "NOT_RUNNING", upgrade_policy: "MANUAL", auto_update_supported: true }),
    );
    fake.on("GET /api/vcenter/vm/vm-42/guest/operations", () =>
      json({ guest_operations_ready: false, interactive_guest_operations_ready: false }),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    expect(await client.getTools("vm-42")).toEqual({
      runState: "NOT_RUNNING",
      upgradePolicy: "MANUAL",
      autoUpdateSupported: true,
    });
    expect(await client.getGuestOperationsReadiness("vm-42")).toEqual({
      guestOperationsReady: false,
      interactiveGuestOperationsReady: false,
    });
  });

  test("explains a readiness check on a VM whose Tools state is unknown", async () => {
    const fake = createFakeVcenter("api");
    fake.on("GET /api/vcenter/vm/vm-42/guest/operations", () =>
      vapiError("api", "SERVICE_UNAVAILABLE"),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await expect(client.getGuestOperationsReadiness("vm-42")).rejects.toThrow(
      /^getGuestOperationsReadiness: VMware Tools is not running in vm-42 \(503 SERVICE_UNAVAILABLE\)/,
    );
  });
});
