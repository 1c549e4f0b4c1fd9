import { createClient, isVmLookupError, type RequestEvent } from "@guestops/client";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { type RunManyItem, runMany } from "../src/run-many.js";
import { ROOT, startWorld, type World } from "./world.js";

let world: World;
beforeAll(async () => {
  world = await startWorld({
    inventory: {
      vms: [
        { id: "vm-1", name: "twin" },
        { id: "vm-2", name: "twin" },
      ],
      fleet: { count: 200 },
    },
  });
});
afterAll(() => world.stop());
afterEach(() => world.sim.stats.reset());

const names = (count: number) =>
  Array.from({ length: count }, (_, i) => `fleet-${String(i + 1).padStart(3, "0")}`);

describe("runMany against the simulator", () => {
  test("runs on 200 VMs over one session, resolving names in batches, streaming every result", async () => {
    const client = world.freshClient();
    const seen = new Set<string>();
    let inFlightPeak = 0;
    for await (const item of runMany(
      client,
      names(200),
      { path: "/bin/sh", args: ["-c", "echo $((6 * 7))"], credentials: ROOT },
      { concurrency: 16, resolveBatchSize: 100 },
    )) {
      expect(item.error).toBeUndefined();
      expect(item.result).toMatchObject({ status: "exited", exitCode: 0, stdout: "42\n" });
      seen.add(item.vm);
      const running = world.sim.stats.processes.filter((p) => p.exitCode === undefined).length;
      inFlightPeak = Math.max(inFlightPeak, running);
    }
    expect(seen.size).toBe(200);
    expect(world.sim.stats.logins).toBe(1);
    expect(world.sim.stats.callsOf("listVms")).toBe(2);
    expect(world.sim.stats.callsOf("createProcess")).toBe(200);
    expect(inFlightPeak).toBeLessThanOrEqual(16);
  }, 120_000);

  test("reports VMs that cannot be resolved, and goes on with the others", async () => {
    const items: RunManyItem[] = [];
    for await (const item of runMany(
      world.client,
      ["fleet-001", "no-such-vm", "twin", "vm-1"],
      { path: "/bin/true", capture: false, credentials: ROOT },
      { concurrency: 2 },
    )) {
      items.push(item);
    }
    const byVm = Object.fromEntries(items.map((item) => [item.vm, item]));
    expect(byVm["fleet-001"]?.result?.status).toBe("exited");
    expect(byVm["vm-1"]?.result).toMatchObject({ status: "exited", vm: "vm-1", vmName: "twin" });
    expect(isVmLookupError(byVm["no-such-vm"]?.error)).toBe(true);
    expect(byVm.twin?.error).toMatchObject({ name: "VmLookupError", reason: "several" });
  });

  test.each([
    [
      "a string",
      "web-01",
      "runMany: vms must be an iterable of VM names or ids, not a string (wrap one VM in an array)",
    ],
    ["a number", 42, "runMany: vms must be an iterable of VM names or ids (got number)"],
  ])(
    "refuses vms given as %s with a TypeError, before anything is sent",
    async (_, vms, message) => {
      const run = async () => {
        for await (const _item of runMany(world.freshClient(), vms as unknown as string[], {
          path: "/bin/true",
          credentials: ROOT,
        })) {
          // nothing is yielded
        }
      };
      await expect(run()).rejects.toThrow(new TypeError(message));
      expect(world.sim.stats.logins).toBe(0);
      expect(world.sim.stats.processes).toHaveLength(0);
    },
  );

  test("survives a 503 at login, as runProcess does", async () => {
    world.sim.faults.set({ serviceUnavailable: { createSession: 1 } });
    const items: RunManyItem[] = [];
    try {
      for await (const item of runMany(world.freshClient(), ["fleet-001", "fleet-002"], {
        path: "/bin/true",
        capture: false,
        credentials: ROOT,
      })) {
        items.push(item);
      }
    } finally {
      world.sim.faults.clear();
    }
    expect(world.sim.stats.faults.serviceUnavailable).toBe(1);
    expect(items.map((item) => item.result?.status)).toEqual(["exited", "exited"]);
  });

  test("never sends more than maxRequestsPerSecond calls to vCenter in any one-second window", async () => {
    const times: number[] = [];
    const client = createClient({
      url: world.sim.url,
      username: "administrator@vsphere.local",
      password: "password",
      onRequest: (event: RequestEvent) => {
        if (event.operation !== "download" && event.operation !== "upload")
          times.push(Date.now() - event.durationMs);
      },
    });
    let count = 0;
    for await (const item of runMany(
      client,
      names(30),
      { path: "/bin/sleep", args: ["0.5"], capture: false, credentials: ROOT },
      { concurrency: 30, maxRequestsPerSecond: 40 },
    )) {
      expect(item.result?.status).toBe("exited");
      count += 1;
    }
    expect(count).toBe(30);
    times.sort((a, b) => a - b);
    let peak = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[i] as number) - (times[j] as number) >= 1000) j++;
      peak = Math.max(peak, i - j + 1);
    }
    // 1 ms of slack: request times are read from Date.now(), which has whole-ms resolution.
    expect(peak).toBeLessThanOrEqual(41);
    expect(times.length).toBeGreaterThan(60);
  }, 60_000);

  test("terminates the runs in flight when the consumer stops early", async () => {
    const began = Date.now();
    const first: string[] = [];
    for await (const item of runMany(
      world.client,
      ["fleet-010", "fleet-011", "fleet-012", "fleet-013"],
      // Each guest's default working directory is its own home: only fleet-010 ends at once.
      {
        path: "/bin/sh",
        args: ["-c", 'case "$PWD" in */vm-fleet-10/*) exit 0 ;; esac; sleep 30'],
        credentials: ROOT,
      },
      { concurrency: 4 },
    )) {
      first.push(item.vm);
      break;
    }
    expect(first).toEqual(["fleet-010"]);
    const wrappers = world.sim.stats.processes.filter((p) => p.arguments.includes("guestops-run"));
    expect(wrappers).toHaveLength(4);
    expect(wrappers.every((p) => p.exitCode !== undefined)).toBe(true);
    expect(Date.now() - began).toBeLessThan(25_000);
    for (const vm of ["vm-fleet-11", "vm-fleet-12", "vm-fleet-13"]) {
      expect(await world.sim.inventory.tempFiles(vm)).toEqual([]);
    }
  }, 60_000);
});
