import { describe, expect, test } from "vitest";
import { createHarness } from "../test/harness.js";
import { createMemoryStore } from "./memory-store.js";
import { RunnerError } from "./runner.js";

const echo = { vm: "web-01", path: "/bin/echo", arguments: ["hello"] };
const key = (value: string) => ({ headers: { "idempotency-key": value } });

describe("Idempotency-Key", () => {
  test("returns the first run for a repeated key instead of starting another", async () => {
    const { startRun, runner } = createHarness();
    const first = await startRun(echo, key("delivery-1"));
    const second = await startRun(echo, key("delivery-1"));
    expect(second.status).toBe(202);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect((await second.json()).id).toBe((await first.json()).id);
    expect(runner.starts).toHaveLength(1);
  });

  test("starts separate runs for separate keys", async () => {
    const { startRun, runner } = createHarness();
    await startRun(echo, key("a"));
    await startRun(echo, key("b"));
    expect(runner.starts).toHaveLength(2);
  });

  test("starts once under concurrent duplicate deliveries", async () => {
    const { startRun, runner } = createHarness();
    const release = runner.holdStarts();
    const responses = Promise.all(Array.from({ length: 20 }, () => startRun(echo, key("burst"))));
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const statuses = (await responses).map((response) => response.status);
    expect(runner.starts).toHaveLength(1);
    expect(statuses.filter((status) => status === 202)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
  });

  test("refuses the same key with a different body with 422", async () => {
    const { startRun, runner } = createHarness();
    await startRun(echo, key("k"));
    const response = await startRun({ ...echo, arguments: ["other"] }, key("k"));
    expect(response.status).toBe(422);
    expect((await response.json()).field).toBe("Idempotency-Key");
    expect(runner.starts).toHaveLength(1);
  });

  test("releases the key when the start fails, so the sender can retry", async () => {
    const { startRun, runner } = createHarness();
    runner.failNext("start", new RunnerError("vm_unavailable", "VMware Tools is not running"));
    expect((await startRun(echo, key("retry"))).status).toBe(503);
    expect((await startRun(echo, key("retry"))).status).toBe(202);
  });

  test("keeps the key when the start's outcome is unknown, so no second copy can start", async () => {
    const { startRun, runner } = createHarness();
    runner.failNext(
      "start",
      new RunnerError("vcenter_unreachable", "connection reset", { ambiguous: true }),
    );
    expect((await startRun(echo, key("maybe"))).status).toBe(504);
    const again = await startRun(echo, key("maybe"));
    expect(again.status).toBe(409);
    expect((await again.json()).message).toContain("may be running");
    expect(runner.starts).toHaveLength(1);
  });

  test("releases the key when the policy denies the resolved VM", async () => {
    const { startRun, runner } = createHarness();
    runner.resolveVm = async () => ({ id: "vm-1", name: "elsewhere" });
    expect((await startRun(echo, key("denied"))).status).toBe(403);
    expect((await startRun(echo, key("denied"))).status).toBe(403);
  });

  test.each([
    ["an empty key", ""],
    ["a key with spaces", "a b"],
    ["a key over 255 characters", "k".repeat(256)],
  ])("rejects %s with 400 naming the header", async (_, value) => {
    const { startRun, runner } = createHarness();
    const response = await startRun(echo, key(value));
    expect(response.status).toBe(400);
    expect((await response.json()).field).toBe("Idempotency-Key");
    expect(runner.calls).toEqual([]);
  });

  test("forgets a key after the retention time", async () => {
    const clock = { now: Date.UTC(2026, 0, 1) };
    const harness = createHarness({
      store: createMemoryStore({ now: () => clock.now }),
      retentionMs: 1_000,
    });
    await harness.startRun(echo, key("short"));
    clock.now += 1_001;
    await harness.startRun(echo, key("short"));
    expect(harness.runner.starts).toHaveLength(2);
  });
});
