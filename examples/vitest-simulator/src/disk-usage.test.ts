import { createClient, type GuestCredentials, type GuestOpsClient } from "@guestops/client";
import { isVmNotReadyError } from "@guestops/poll";
import {
  DEFAULT_USERS,
  DEMO_GUEST_PASSWORD,
  type Simulator,
  startSimulator,
} from "@guestops/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rootDiskUsage } from "./disk-usage.js";

// One simulated vCenter for the file: HTTPS on 127.0.0.1 with its own CA, the demo inventory
// (web-01 is a running Linux VM, off-01 is powered off), and real programs behind the API.
let sim: Simulator;
let client: GuestOpsClient;
const root: GuestCredentials = {
  type: "password",
  username: "root",
  password: DEMO_GUEST_PASSWORD,
};

beforeAll(async () => {
  sim = await startSimulator();
  client = createClient({ url: sim.url, ca: sim.ca, ...DEFAULT_USERS[0] });
});

afterAll(async () => {
  await client?.close();
  await sim?.stop(); // also kills any program still running
});

describe("rootDiskUsage", () => {
  it("reads a percentage from df in a running Linux VM", async () => {
    const usage = await rootDiskUsage(client, "web-01", root);
    expect(usage).toBeGreaterThanOrEqual(0);
    expect(usage).toBeLessThanOrEqual(100);
  });

  it("still answers when the VM is busy for the first two polls", async () => {
    // Fault injection: the simulator answers RESOURCE_BUSY twice, as a loaded vCenter does;
    // @guestops/poll retries reads like this one on its own.
    sim.faults.set({ busy: { getProcess: 2 } });
    const busyBefore = sim.stats.faults.busy;
    try {
      await expect(rootDiskUsage(client, "web-01", root)).resolves.toBeTypeOf("number");
      expect(sim.stats.faults.busy - busyBefore).toBe(2);
    } finally {
      sim.faults.clear();
    }
  });

  it("fails with VmNotReadyError on a powered-off VM", async () => {
    const error = await rootDiskUsage(client, "off-01", root).catch((e: unknown) => e);
    expect(isVmNotReadyError(error)).toBe(true);
  });

  it("fails when the guest rejects the password", async () => {
    const wrong: GuestCredentials = { ...root, password: "wrong" };
    await expect(rootDiskUsage(client, "web-01", wrong)).rejects.toThrow();
  });
});
