import type { ProcessStatus } from "@guestops/client";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  apiError,
  guestAuthError,
  sessionExpired,
  timeoutError,
  transportError,
} from "../test/client-errors.js";
import { isCreateOutcomeUnknownError } from "./create-outcome-unknown-error.js";
import { safeCreate } from "./safe-create.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const credentials = { type: "password", username: "root", password: "secret" } as const;
const MARKER = "0123456789abcdef";

function running(pid: number, command: string): ProcessStatus {
  return { pid, name: "bash", owner: "root", command, startedAt: "2026-01-01T00:00:00.000Z" };
}

/** A client whose first create fails with `error`, whose next one returns 42. */
function fakeClient(error: unknown, listed: ProcessStatus[] = []) {
  const createProcess = vi.fn().mockRejectedValueOnce(error).mockResolvedValue(42);
  const listProcesses = vi.fn().mockResolvedValue(listed);
  return { createProcess, listProcesses };
}

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  const settled = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return settled;
}

describe("safeCreate", () => {
  test.each([
    [
      "a 503 SERVICE_UNAVAILABLE (Tools not running)",
      apiError("createProcess", 503, "SERVICE_UNAVAILABLE"),
    ],
    ["a RESOURCE_BUSY", apiError("createProcess", 500, "RESOURCE_BUSY")],
    ["an expired session", sessionExpired("createProcess")],
    ["a refused connection (nothing sent)", transportError("createProcess", "ECONNREFUSED", false)],
  ])("replays create after %s, which proves nothing ran", async (_, error) => {
    const client = fakeClient(error);
    const { value } = await settle(
      safeCreate(client, "vm-1", { path: "/bin/true" }, credentials, { marker: MARKER }),
    );
    expect(value).toEqual({ pid: 42, adopted: false });
    expect(client.createProcess).toHaveBeenCalledTimes(2);
    expect(client.listProcesses).not.toHaveBeenCalled();
  });

  test.each([
    ["a connection reset after sending", transportError("createProcess", "ECONNRESET", "unknown")],
    ["a timeout", timeoutError("createProcess")],
    ["an unexplained 500", apiError("createProcess", 500, "ERROR")],
    ["a 502 from a proxy", apiError("createProcess", 502)],
  ])("never replays create after %s: adopts the process carrying the marker", async (_, error) => {
    const client = fakeClient(error, [
      running(7, "/usr/sbin/sshd"),
      running(77, `/bin/bash -c ': guestops-run ${MARKER}; set -m'`),
    ]);
    const { value } = await settle(
      safeCreate(client, "vm-1", { path: "/bin/bash" }, credentials, { marker: MARKER }),
    );
    expect(value).toEqual({ pid: 77, adopted: true });
    expect(client.createProcess).toHaveBeenCalledTimes(1);
    expect(client.listProcesses).toHaveBeenCalledTimes(1);
  });

  test("reports an unknown outcome after three looks find nothing, without a second create", async () => {
    const reset = transportError("createProcess", "ECONNRESET", "unknown");
    const client = fakeClient(reset, [running(7, "/usr/sbin/sshd")]);
    const { error } = await settle(
      safeCreate(client, "vm-1", { path: "/bin/bash" }, credentials, { marker: MARKER }),
    );
    expect(isCreateOutcomeUnknownError(error)).toBe(true);
    expect(error).toMatchObject({ vm: "vm-1", runId: MARKER, looks: 3, cause: reset });
    expect((error as Error).message).toContain(`ps -ef | grep ${MARKER}`);
    expect(client.createProcess).toHaveBeenCalledTimes(1);
    expect(client.listProcesses).toHaveBeenCalledTimes(3);
  });

  test("finds a process that shows up in the list only at a later look", async () => {
    const client = fakeClient(timeoutError("createProcess"));
    client.listProcesses
      .mockResolvedValueOnce([])
      .mockResolvedValueOnce([running(9, `x guestops-run ${MARKER}`)]);
    const { value } = await settle(
      safeCreate(client, "vm-1", { path: "/bin/bash" }, credentials, { marker: MARKER }),
    );
    expect(value).toEqual({ pid: 9, adopted: true });
  });

  test.each([
    ["rejected guest credentials", guestAuthError("createProcess")],
    [
      "a program that failed to start",
      apiError("createProcess", 500, "UNABLE_TO_ALLOCATE_RESOURCE"),
    ],
    ["a missing program", apiError("createProcess", 404, "NOT_FOUND")],
    ["a powered-off VM", apiError("createProcess", 400, "NOT_ALLOWED_IN_CURRENT_STATE")],
    [
      "an untrusted certificate",
      transportError("createProcess", "SELF_SIGNED_CERT_IN_CHAIN", false),
    ],
  ])("rethrows %s at once, neither replaying nor reconciling", async (_, error) => {
    const client = fakeClient(error);
    const result = await settle(
      safeCreate(client, "vm-1", { path: "/bin/true" }, credentials, { marker: MARKER }),
    );
    expect(result.error).toBe(error);
    expect(client.createProcess).toHaveBeenCalledTimes(1);
    expect(client.listProcesses).not.toHaveBeenCalled();
  });

  test("gives up after five creates that each proved nothing ran, rethrowing the last error", async () => {
    const busy = apiError("createProcess", 500, "RESOURCE_BUSY");
    const client = { createProcess: vi.fn().mockRejectedValue(busy), listProcesses: vi.fn() };
    const result = await settle(
      safeCreate(client, "vm-1", { path: "/bin/true" }, credentials, { marker: MARKER }),
    );
    expect(result.error).toBe(busy);
    expect(client.createProcess).toHaveBeenCalledTimes(5);
  });
});
