import type { ListVmsFilter, VmEntry } from "@guestops/client";
import { describe, expect, test, vi } from "vitest";
import { createVmSource, resolveBatch } from "./resolve-vms.js";

const vm = (id: number, name: string): VmEntry => ({
  vm: `vm-${id}`,
  name,
  powerState: "POWERED_ON",
});
const INVENTORY = [vm(1, "web-01"), vm(2, "web-02"), vm(3, "twin"), vm(4, "twin"), vm(5, "vm-77")];

function fakeClient() {
  const listVms = vi.fn(async (filter?: ListVmsFilter) =>
    INVENTORY.filter(
      (entry) =>
        (filter?.vms === undefined || filter.vms.includes(entry.vm)) &&
        (filter?.names === undefined || filter.names.includes(entry.name)),
    ),
  );
  return { listVms };
}

describe("resolveBatch", () => {
  test("resolves ids with one listVms call and names with another", async () => {
    const client = fakeClient();
    const resolved = await resolveBatch(
      client,
      ["web-01", "vm-2", "web-01"],
      new AbortController().signal,
    );
    expect(resolved.map((r) => r.entry?.vm)).toEqual(["vm-1", "vm-2", "vm-1"]);
    expect(client.listVms.mock.calls.map(([filter]) => filter)).toEqual([
      { vms: ["vm-2"] },
      { names: ["web-01"] },
    ]);
  });

  test("looks up an id that matches no VM as a name, as resolveVm does", async () => {
    const resolved = await resolveBatch(fakeClient(), ["vm-77"], new AbortController().signal);
    expect(resolved[0]?.entry?.vm).toBe("vm-5");
  });

  test("reports a name that matches no VM, or several, as a VmLookupError for that VM only", async () => {
    const resolved = await resolveBatch(
      fakeClient(),
      ["nope", "twin", "web-02"],
      new AbortController().signal,
    );
    expect(resolved[0]?.error).toMatchObject({ name: "VmLookupError", reason: "none" });
    expect(resolved[1]?.error).toMatchObject({ name: "VmLookupError", reason: "several" });
    expect(resolved[2]?.entry?.vm).toBe("vm-2");
  });

  test("looks up by id last what matched no name and is not vCenter-shaped (simulator fleet ids)", async () => {
    const fleet: VmEntry = { vm: "vm-fleet-1", name: "fleet-1", powerState: "POWERED_ON" };
    const listVms = vi.fn(async (filter?: ListVmsFilter) =>
      [...INVENTORY, fleet].filter(
        (entry) =>
          (filter?.vms === undefined || filter.vms.includes(entry.vm)) &&
          (filter?.names === undefined || filter.names.includes(entry.name)),
      ),
    );
    const resolved = await resolveBatch(
      { listVms },
      ["vm-fleet-1", "web-01", "nope"],
      new AbortController().signal,
    );
    expect(resolved.map((r) => r.entry?.vm)).toEqual(["vm-fleet-1", "vm-1", undefined]);
    expect(resolved[2]?.error).toMatchObject({ name: "VmLookupError", reason: "none" });
    expect(listVms.mock.calls.map(([filter]) => filter)).toEqual([
      { names: ["vm-fleet-1", "web-01", "nope"] },
      { vms: ["vm-fleet-1", "nope"] },
    ]);
  });

  test("gives every VM of the batch the error when the list call fails", async () => {
    const failure = new Error("vCenter down");
    const client = {
      listVms: vi.fn().mockRejectedValue(Object.assign(failure, { name: "GuestAuthError" })),
    };
    const resolved = await resolveBatch(client, ["web-01", "web-02"], new AbortController().signal);
    expect(resolved.map((r) => r.error)).toEqual([failure, failure]);
  });
});

describe("createVmSource", () => {
  test("pulls names lazily, one batch at a time, from any iterable", async () => {
    const client = fakeClient();
    let pulled = 0;
    function* names() {
      for (let i = 0; i < 5; i++) {
        pulled += 1;
        yield i % 2 === 0 ? "web-01" : "web-02";
      }
    }
    const source = createVmSource(client, names(), 2, new AbortController().signal);
    expect(pulled).toBe(0);
    const first = await source.next();
    expect(first?.entry?.vm).toBe("vm-1");
    expect(pulled).toBeLessThanOrEqual(4);
    const rest = [];
    for (let item = await source.next(); item !== undefined; item = await source.next())
      rest.push(item);
    expect(rest).toHaveLength(4);
    expect(client.listVms).toHaveBeenCalledTimes(3);
  });

  test("serves workers that ask at the same time each a different VM", async () => {
    const source = createVmSource(
      fakeClient(),
      ["web-01", "web-02", "vm-1"],
      10,
      new AbortController().signal,
    );
    const items = await Promise.all([source.next(), source.next(), source.next(), source.next()]);
    expect(items.map((item) => item?.input)).toEqual(["web-01", "web-02", "vm-1", undefined]);
  });
});
