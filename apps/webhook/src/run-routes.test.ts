import { describe, expect, test } from "vitest";
import { createHarness, POLICY } from "../test/harness.js";
import { createMemoryStore } from "./memory-store.js";
import { RunnerError } from "./runner.js";

const echo = { vm: "web-01", path: "/bin/echo", arguments: ["hello"] };

async function started(harness = createHarness(), body: object = echo) {
  const response = await harness.startRun(body);
  const run = (await response.json()) as { id: string; pid: number };
  return { harness, ...run };
}

describe("GET /runs/{id}", () => {
  test("reports a running run", async () => {
    const { harness, id } = await started();
    const response = await harness.send("GET", `/runs/${id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, status: "running", vm: "vm-7", pid: 1000 });
  });

  test("reports a finished run with its exit code and output", async () => {
    const { harness, id, pid } = await started();
    harness.runner.finish(pid, {
      exitCode: 3,
      stdout: "out",
      stderr: "err",
      stderrTruncated: true,
    });
    const body = await (await harness.send("GET", `/runs/${id}`)).json();
    expect(body).toMatchObject({
      status: "exited",
      exitCode: 3,
      stdout: "out",
      stderr: "err",
      truncated: true,
    });
    expect(body.finishedAt).toBeDefined();
  });

  test("keeps the output readable after the first look collected it", async () => {
    const { harness, id, pid } = await started();
    harness.runner.finish(pid, { stdout: "once" });
    await harness.send("GET", `/runs/${id}`);
    harness.runner.finish(pid, { stdout: "", outputCaptured: false });
    const checks = harness.runner.calls.filter((call) => call.startsWith("check")).length;
    const again = await (await harness.send("GET", `/runs/${id}`)).json();
    expect(again.stdout).toBe("once");
    expect(harness.runner.calls.filter((call) => call.startsWith("check"))).toHaveLength(checks);
  });

  test("terminates a run past its deadline and reports timed_out", async () => {
    const { harness, id, pid } = await started(createHarness(), { ...echo, timeoutMs: 1_000 });
    harness.clock.now += 1_000;
    const body = await (await harness.send("GET", `/runs/${id}`)).json();
    expect(body).toMatchObject({ status: "timed_out", exitCode: 143 });
    expect(harness.runner.calls).toContain(`cancel ${pid}`);
  });

  test("does not terminate a run before its deadline", async () => {
    const { harness, id } = await started(createHarness(), { ...echo, timeoutMs: 1_000 });
    harness.clock.now += 999;
    expect((await (await harness.send("GET", `/runs/${id}`)).json()).status).toBe("running");
    expect(harness.runner.calls.some((call) => call.startsWith("cancel"))).toBe(false);
  });

  test("reports a run that ended before its deadline as exited, even when looked at later", async () => {
    const { harness, id, pid } = await started(createHarness(), { ...echo, timeoutMs: 1_000 });
    harness.runner.finish(pid);
    harness.clock.now += 60_000;
    expect((await (await harness.send("GET", `/runs/${id}`)).json()).status).toBe("exited");
  });

  test("reports a run that vanished as lost", async () => {
    const { harness, id, pid } = await started();
    harness.runner.finish(pid, {
      status: "lost",
      exitCode: undefined,
      stdout: undefined,
      stderr: undefined,
    });
    const body = await (await harness.send("GET", `/runs/${id}`)).json();
    expect(body.status).toBe("lost");
    expect(body.stdout).toBeUndefined();
  });

  test("answers running without calling vCenter while another instance collects the output", async () => {
    const store = createMemoryStore();
    const { harness, id } = await started(createHarness({ store }));
    const { sha256Hex } = await import("./hmac.js");
    await store.set(`lock:${await sha256Hex(id)}`, "1", 60_000);
    const calls = harness.runner.calls.length;
    const body = await (await harness.send("GET", `/runs/${id}`)).json();
    expect(body.status).toBe("running");
    expect(harness.runner.calls).toHaveLength(calls);
  });

  test("lets another app instance with the same secret resume the run", async () => {
    const { id, pid } = await started();
    const other = createHarness();
    other.runner.calls.length = 0;
    other.runner.finish(pid);
    const response = await other.send("GET", `/runs/${id}`);
    expect((await response.json()).status).toBe("exited");
  });

  test.each([
    ["a garbage id", () => "not-a-run-id", "malformed"],
    ["an id with a changed payload", (id: string) => tamperPayload(id), "does not match"],
    ["an id with a changed MAC", (id: string) => `${id.slice(0, -2)}AA`, "does not match"],
  ])("rejects %s with 400 and never calls vCenter", async (_, mutate, message) => {
    const { id } = await started();
    const target = createHarness();
    const response = await target.send("GET", `/runs/${mutate(id)}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ error: "bad_request", field: "id" });
    expect(body.message).toContain(message);
    expect((await target.send("DELETE", `/runs/${mutate(id)}`)).status).toBe(400);
    expect(target.runner.calls).toEqual([]);
  });

  test("rejects an id that another deployment signed with its own secret", async () => {
    const { id } = await started(
      createHarness({ secrets: ["a-completely-different-secret-0123456789"] }),
    );
    const target = createHarness();
    const response = await target.send("GET", `/runs/${id}`);
    expect(response.status).toBe(400);
    expect(target.runner.calls).toEqual([]);
  });

  test("refuses a run whose VM the policy no longer allows", async () => {
    const { id } = await started();
    const narrowed = createHarness({ policy: { ...POLICY, vms: ["vm-42"] } });
    const response = await narrowed.send("GET", `/runs/${id}`);
    expect(response.status).toBe(403);
    expect(narrowed.runner.calls).toEqual([]);
  });

  test("maps a vCenter failure while looking to a gateway error", async () => {
    const { harness, id } = await started();
    harness.runner.failNext(
      "check",
      new RunnerError("vcenter_unreachable", "vCenter did not answer"),
    );
    expect((await harness.send("GET", `/runs/${id}`)).status).toBe(504);
  });
});

describe("DELETE /runs/{id}", () => {
  test("terminates the run and reports how it ended", async () => {
    const { harness, id, pid } = await started();
    const response = await harness.send("DELETE", `/runs/${id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "exited",
      exitCode: 143,
      cancelled: true,
    });
    expect(harness.runner.calls).toContain(`cancel ${pid}`);
  });

  test("reports the kept result of a run that already ended", async () => {
    const { harness, id, pid } = await started();
    harness.runner.finish(pid, { stdout: "done" });
    await harness.send("GET", `/runs/${id}`);
    const body = await (await harness.send("DELETE", `/runs/${id}`)).json();
    expect(body).toMatchObject({ status: "exited", stdout: "done" });
    expect(harness.runner.calls).not.toContain(`cancel ${pid}`);
  });

  test("rejects a tampered id with 400 and never calls vCenter", async () => {
    const { harness, id } = await started();
    const calls = harness.runner.calls.length;
    const response = await harness.send("DELETE", `/runs/${tamperPayload(id)}`);
    expect(response.status).toBe(400);
    expect(harness.runner.calls).toHaveLength(calls);
  });
});

/** Changes the pid inside a run id's payload, keeping its MAC. */
function tamperPayload(id: string): string {
  const [version, body, mac] = id.split(".");
  const json = JSON.parse(atob((body ?? "").replaceAll("-", "+").replaceAll("_", "/")));
  json.pid = 1;
  const forged = btoa(JSON.stringify(json))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
  return `${version}.${forged}.${mac}`;
}
