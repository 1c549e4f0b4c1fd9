import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { statusFor, type VapiErrorType } from "@guestops/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GUEST_CREDENTIALS_INVALID_ID, type Simulator, startSimulator } from "../src/index.js";
import { createTestClient, guestCredentials, type TestClient } from "./sim-client.js";

interface Row {
  readonly name: string;
  readonly errorType: VapiErrorType;
  readonly vm?: string;
  readonly spec?: (sim: Simulator) => Record<string, unknown>;
  readonly credentials?: Record<string, unknown>;
  readonly before?: (sim: Simulator) => void;
  readonly data?: (sim: Simulator) => Record<string, unknown>;
  readonly messageId?: string;
}

/** A file that exists but may not be run, and one that is executable but no program. */
async function makeFiles(sim: Simulator): Promise<void> {
  const dir = sim.inventory.tmpDir("vm-101");
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "notes.txt"), "just text\n", { mode: 0o644 });
  await writeFile(join(dir, "broken-program"), "\u0000\u0001garbage", { mode: 0o755 });
}

const ROWS: readonly Row[] = [
  {
    name: "start_minimized on a Linux guest",
    errorType: "INVALID_ARGUMENT",
    spec: () => ({ path: "/bin/true", start_minimized: true }),
  },
  { name: "a powered-off VM", errorType: "NOT_ALLOWED_IN_CURRENT_STATE", vm: "vm-302" },
  { name: "an unknown VM", errorType: "NOT_FOUND", vm: "vm-999" },
  {
    name: "a busy VM (busy fault)",
    errorType: "RESOURCE_BUSY",
    before: (sim) => sim.faults.set({ busy: { createProcess: 1 } }),
  },
  { name: "Tools not running", errorType: "SERVICE_UNAVAILABLE", vm: "vm-301" },
  {
    name: "a program that fails to start (failToStart fault)",
    errorType: "UNABLE_TO_ALLOCATE_RESOURCE",
    before: (sim) => sim.faults.setForVm("vm-101", { failToStart: 1 }),
  },
  {
    name: "an executable file that is not a valid program",
    errorType: "UNABLE_TO_ALLOCATE_RESOURCE",
    spec: (sim) => ({ path: join(sim.inventory.tmpDir("vm-101"), "broken-program") }),
  },
  {
    name: "bad guest credentials",
    errorType: "UNAUTHENTICATED",
    credentials: guestCredentials("root", "wrong"),
    messageId: GUEST_CREDENTIALS_INVALID_ID,
  },
  {
    name: "a path that is not executable",
    errorType: "UNAUTHORIZED",
    spec: (sim) => ({ path: join(sim.inventory.tmpDir("vm-101"), "notes.txt") }),
  },
  {
    name: "a program outside what the guest user may run",
    errorType: "UNAUTHORIZED",
    vm: "vm-103",
    credentials: guestCredentials("app", "app-password"),
    spec: () => ({ path: "/bin/sh" }),
  },
  {
    name: "a program path that does not exist",
    errorType: "NOT_FOUND",
    spec: () => ({ path: "/no/such/program" }),
    data: () => ({ reason: "FILE_NOT_FOUND", file_path: "/no/such/program" }),
  },
  { name: "Tools without guest process support", errorType: "UNSUPPORTED", vm: "vm-303" },
];

describe.each(["api", "rest"] as const)("the seed's create error table, /%s flavor", (flavor) => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    sim = await startSimulator({ flavor, tls: false });
    client = createTestClient(sim);
    session = await client.login();
    await makeFiles(sim);
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  test.each(ROWS)("answers $name with $errorType and starts nothing", async (row) => {
    row.before?.(sim);
    const started = sim.stats.processes.length;
    const spec = row.spec?.(sim) ?? { path: "/bin/true" };
    const vm = row.vm ?? "vm-101";
    const res = await client.request(
      "POST",
      `/${flavor}/vcenter/vm/${vm}/guest/processes?action=create`,
      {
        session,
        body: {
          credentials: row.credentials ?? guestCredentials(),
          spec: flavor === "rest" ? { environment_variables: [], ...spec } : spec,
        },
      },
    );
    expect(res.status, res.text).toBe(statusFor(row.errorType, flavor));
    const fields = (flavor === "api" ? res.body : (res.body as { value: unknown }).value) as Record<
      string,
      unknown
    >;
    expect(fields.error_type).toBe(row.errorType);
    if (flavor === "rest") {
      expect((res.body as { type: string }).type).toBe(
        `com.vmware.vapi.std.errors.${row.errorType.toLowerCase()}`,
      );
    }
    if (row.messageId !== undefined) {
      expect(fields.messages).toEqual([expect.objectContaining({ id: row.messageId })]);
    }
    if (row.data !== undefined) expect(fields.data).toEqual(row.data(sim));
    expect(sim.stats.processes.length).toBe(started);
  });
});
