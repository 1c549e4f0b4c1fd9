import type { ProcessStatus } from "@guestops/client";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { apiError, guestAuthError, transportError } from "../test/client-errors.js";
import { isProcessLostError } from "./process-lost-error.js";
import { waitForProcess } from "./wait-for-process.js";
import { isWaitTimeoutError } from "./wait-timeout-error.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
  // No jitter: gaps are exactly as planned.
  vi.spyOn(Math, "random").mockReturnValue(0);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const credentials = { type: "password", username: "root", password: "secret" } as const;
const target = { vm: "vm-1", pid: 42, credentials };
const STARTED = "1970-01-01T00:00:00.000Z";

/**
 * A fake vCenter: each get answers after `latency(n)` ms (n = 1 for the first get) with the
 * process as it was when the get arrived; the process exits at `exitAt` ms.
 */
function fakeClient(exitAt: number, latency: (n: number) => number = () => 20) {
  const sent: number[] = [];
  const getProcess = vi.fn((_vm: string, pid: number) => {
    const now = Date.now();
    sent.push(now);
    const status: ProcessStatus = {
      pid,
      name: "sleep",
      owner: "root",
      command: "/bin/sleep",
      startedAt: STARTED,
      ...(now >= exitAt ? { finishedAt: new Date(exitAt).toISOString(), exitCode: 0 } : {}),
    };
    return new Promise<ProcessStatus>((resolve) =>
      setTimeout(() => resolve(status), latency(sent.length)),
    );
  });
  return { client: { getProcess }, sent };
}

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown; at: number }> {
  const settled = promise.then(
    (value) => ({ value, at: Date.now() }),
    (error: unknown) => ({ error, at: Date.now() }),
  );
  await vi.runAllTimersAsync();
  return settled;
}

describe("waitForProcess", () => {
  test("overlaps looks every 20 ms while the process is young, then looks one at a time on the schedule", async () => {
    const { client, sent } = fakeClient(1000);
    const result = await settle(waitForProcess(client, target, { startedAt: 0 }));
    // 0-100: every 20 ms. From 120 (age >= 110): one at a time, gap min(70% of age, 400 ms)
    // minus the 20 ms answer: 120 -> 140 + 64 = 204 -> 224 + 122.8 -> 347 ... -> 1000.
    expect(sent).toEqual([0, 20, 40, 60, 80, 100, 120, 204, 347, 590, 990, 1390]);
    expect(result).toMatchObject({
      value: { exitCode: 0, polls: 12, finishedAt: "1970-01-01T00:00:01.000Z" },
      at: 1410,
    });
  });

  test("notices a short job within one overlap gap plus the answer's latency", async () => {
    const { client } = fakeClient(61);
    const result = await settle(waitForProcess(client, target, { startedAt: 0 }));
    // Looks at 60 (running) and 80 (exited): seen when the 80 look answers, at 100.
    expect(result).toMatchObject({ at: 100, value: { polls: 5 } });
  });

  test("keeps overlapping when one answer is slow, so that one slow answer delays nothing", async () => {
    const { client, sent } = fakeClient(50, (n) => (n === 2 ? 300 : 20));
    const result = await settle(waitForProcess(client, target, { startedAt: 0 }));
    expect(sent.slice(0, 4)).toEqual([0, 20, 40, 60]);
    expect(result).toMatchObject({ at: 80 });
  });

  test("starts with the schedule of an old process when told when it started", async () => {
    vi.setSystemTime(60_000);
    const { client, sent } = fakeClient(70_000);
    await settle(waitForProcess(client, target, { startedAt: 0 }));
    expect(sent.slice(0, 3)).toEqual([60_000, 64_500, 69_000]);
  });

  test("counts busy VMs, 503s and network errors as no news", async () => {
    const failures = [
      apiError("getProcess", 500, "RESOURCE_BUSY"),
      apiError("getProcess", 503, "SERVICE_UNAVAILABLE"),
      transportError("getProcess", "ECONNRESET", "unknown"),
    ];
    const getProcess = vi.fn(async (): Promise<ProcessStatus> => {
      const failure = failures.shift();
      if (failure) throw failure;
      return {
        pid: 42,
        name: "x",
        owner: "root",
        command: "x",
        startedAt: STARTED,
        finishedAt: STARTED,
        exitCode: 3,
      };
    });
    const result = await settle(waitForProcess({ getProcess }, target));
    expect(result).toMatchObject({ value: { exitCode: 3, polls: 4 } });
  });

  test("rejects at once with a failure the retry-safety table calls fatal", async () => {
    const denied = guestAuthError("getProcess");
    const getProcess = vi.fn().mockRejectedValue(denied);
    const result = await settle(waitForProcess({ getProcess }, target));
    expect(result).toMatchObject({ error: denied });
    expect(getProcess).toHaveBeenCalledTimes(1);
  });

  test("reports a process that answers 404 after it was seen as lost (vanished)", async () => {
    const getProcess = vi
      .fn()
      .mockResolvedValueOnce({
        pid: 42,
        name: "x",
        owner: "root",
        command: "x",
        startedAt: STARTED,
      })
      .mockRejectedValue(apiError("getProcess", 404, "NOT_FOUND"));
    const result = await settle(waitForProcess({ getProcess }, target));
    expect(isProcessLostError(result.error)).toBe(true);
    expect(result.error).toMatchObject({ reason: "vanished", vm: "vm-1", pid: 42 });
  });

  test("reports a pid unknown from the first look as lost (unknown)", async () => {
    const getProcess = vi.fn().mockRejectedValue(apiError("getProcess", 404, "NOT_FOUND"));
    const result = await settle(waitForProcess({ getProcess }, target));
    expect(result.error).toMatchObject({ name: "ProcessLostError", reason: "unknown" });
  });

  test("reports a pid that starts naming another process (Tools restarted) as lost (replaced)", async () => {
    const getProcess = vi
      .fn()
      .mockResolvedValueOnce({
        pid: 42,
        name: "x",
        owner: "root",
        command: "x",
        startedAt: STARTED,
      })
      .mockResolvedValue({
        pid: 42,
        name: "y",
        owner: "root",
        command: "y",
        startedAt: "2030-01-01T00:00:00.000Z",
      });
    const result = await settle(waitForProcess({ getProcess }, target));
    expect(result.error).toMatchObject({ name: "ProcessLostError", reason: "replaced" });
  });

  test("makes one last look just before the deadline, then rejects with WaitTimeoutError", async () => {
    const { client, sent } = fakeClient(Number.POSITIVE_INFINITY);
    const result = await settle(waitForProcess(client, target, { startedAt: 0, timeout: 1000 }));
    // After the look at 590 (answered 610) the next would be at 990 + 20 > 1000 - 20: the last
    // look goes at 1000 - 20 = 980 and answers at the deadline.
    expect(sent).toEqual([0, 20, 40, 60, 80, 100, 120, 204, 347, 590, 980]);
    expect(isWaitTimeoutError(result.error)).toBe(true);
    expect(result.error).toMatchObject({
      reason: "timeout",
      timeout: 1000,
      attempts: 11,
      pending: 11,
    });
    expect(result.at).toBe(1000);
  });

  test("rejects with signal.reason, unchanged, when aborted while waiting", async () => {
    const { client, sent } = fakeClient(Number.POSITIVE_INFINITY);
    const controller = new AbortController();
    const reason = new Error("stop");
    const promise = waitForProcess(client, target, { startedAt: 0, signal: controller.signal });
    const settled = expect(promise).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(400);
    controller.abort(reason);
    await settled;
    const looks = sent.length;
    await vi.runAllTimersAsync();
    expect(sent.length).toBe(looks);
  });

  test("uses a caller's fixed schedule one look at a time (govc's 0.5 s)", async () => {
    const { client, sent } = fakeClient(1200);
    const result = await settle(
      waitForProcess(client, target, { delay: ({ checkDuration }) => 500 - checkDuration }),
    );
    expect(sent).toEqual([0, 500, 1000, 1500]);
    expect(result).toMatchObject({ value: { polls: 4 }, at: 1520 });
  });

  test.each([
    [{ timeout: 0 }, "waitForProcess: timeout must be a number > 0 (or Infinity) (got 0)"],
    [{ startedAt: -1 }, "waitForProcess: startedAt must be a number >= 0 (got -1)"],
    [{ delay: 500 }, "waitForProcess: delay must be a function (got 500)"],
  ])("rejects the options %j before looking", async (options, message) => {
    const getProcess = vi.fn();
    await expect(waitForProcess({ getProcess }, target, options as never)).rejects.toThrow(message);
    expect(getProcess).not.toHaveBeenCalled();
  });
});

describe("waitForProcess's clock", () => {
  test("takes the guest's start time as the process's age origin, within [startedAt, first look]", async () => {
    // Sent at 0, but the guest started the program only at 300 (a slow create): the looks must
    // still overlap for the first 110 ms of the program's real life.
    vi.setSystemTime(400);
    const sent: number[] = [];
    const getProcess = vi.fn(async (): Promise<ProcessStatus> => {
      sent.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 20));
      return {
        pid: 42,
        name: "x",
        owner: "root",
        command: "x",
        startedAt: new Date(300).toISOString(),
      };
    });
    const done = waitForProcess({ getProcess }, target, { startedAt: 0, timeout: 120 }).catch(
      (error: unknown) => error,
    );
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ name: "WaitTimeoutError" });
    expect(sent.slice(0, 2)).toEqual([400, 420]);
  });
});
