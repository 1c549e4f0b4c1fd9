import { CreateOutcomeUnknownError, type RunResult } from "@guestops/poll";
import { describe, expect, test } from "vitest";
import { assertInvariants, checkInvariants } from "./invariants.ts";
import type { RecordedProcess, RunObservation } from "./observation.ts";
import type { PlannedRun } from "./plan.ts";

const run: PlannedRun = {
  index: 4,
  driver: "runProcess",
  vm: "vm-1",
  tag: "chaos-1-000004",
  exitCode: 42,
  sleepMs: 0,
  timeoutMs: 30_000,
  overrun: false,
};
const record = (exitCode: number | undefined, pid = 100): RecordedProcess => ({
  vm: "vm-1",
  pid,
  arguments: `-c ': guestops-run 0123456789abcdef ... chaos-1-000004 0.000 42'`,
  exitCode,
});
const result = (
  fields: Partial<Omit<RunResult, "stdoutBytes" | "stderrBytes">> = {},
): RunResult => ({
  vm: "vm-1",
  runId: "0123456789abcdef",
  pid: 100,
  status: "exited",
  exitCode: 42,
  exitDescription: "exited with code 42",
  stdout: "",
  stderr: "",
  stdoutBytes: new Uint8Array(),
  stderrBytes: new Uint8Array(),
  stdoutTruncated: false,
  stderrTruncated: false,
  outputCaptured: true,
  timedOut: false,
  ...fields,
});
const check = (
  observation: Partial<RunObservation>,
  processes: RecordedProcess[],
  tempFiles: [string, string[]][] = [["vm-1", []]],
) =>
  checkInvariants({
    observations: [{ run, elapsedMs: 100, ...observation }],
    processes,
    tempFiles: new Map(tempFiles),
    toleranceMs: 1_000,
  });
const broken = (report: ReturnType<typeof check>) => report.violations.map((v) => v.invariant);

describe("the chaos invariant checker", () => {
  test("passes a run that started once and reported its real exit code", () => {
    const report = check({ result: result() }, [record(42)]);
    expect(report.violations).toEqual([]);
    expect(() => assertInvariants(report)).not.toThrow();
  });

  test("fails a run whose program the simulator started twice", () => {
    const report = check({ result: result() }, [record(42, 100), record(42, 101)]);
    expect(broken(report)).toEqual(["oneStart"]);
    expect(() => assertInvariants(report)).toThrow(/started 2 times \(pids 100, 101\)/);
  });

  test("fails a run that reports a result for a program that never started", () => {
    expect(broken(check({ result: result() }, []))).toEqual(["oneStart"]);
  });

  test("fails an exit code that differs from the simulator's record", () => {
    const report = check({ result: result({ exitCode: 0 }) }, [record(42)]);
    expect(report.violations[0]?.detail).toMatch(
      /reported exited exit 0, the process ended with 42/,
    );
  });

  test("fails a run that started and then threw: its exit code was lost", () => {
    const error = Object.assign(new Error("getProcess: the connection broke after sending"), {
      name: "TransportError",
    });
    expect(broken(check({ error }, [record(42)]))).toEqual(["exitCode"]);
  });

  test("accepts an explicit outcome-unknown error with at most one start", () => {
    const error = Object.assign(
      new Error("create in vm-1: the request failed after it was sent, the outcome is unknown"),
      { name: "CreateOutcomeUnknownError" },
    );
    expect(check({ error }, [record(42)]).violations).toEqual([]);
    expect(check({ error }, []).violations).toEqual([]);
    expect(broken(check({ error }, [record(42, 1), record(42, 2)]))).toEqual(["oneStart"]);
  });

  test("fails an untyped error and an error without a clear message", () => {
    expect(broken(check({ error: new TypeError("fetch failed") }, []))).toEqual(["typedErrors"]);
    const vague = Object.assign(new Error("[object Object]"), { name: "VcenterApiError" });
    expect(broken(check({ error: vague }, []))).toEqual(["typedErrors"]);
    expect(broken(check({ error: "boom" }, []))).toEqual(["typedErrors"]);
  });

  test("fails a run that took longer than its timeout and the tolerance", () => {
    const report = check({ result: result(), elapsedMs: 31_001 }, [record(42)]);
    expect(broken(report)).toEqual(["onTime"]);
  });

  test("fails a temp file left in a guest, blaming the run whose id it carries", () => {
    const report = check(
      { result: result() },
      [record(42)],
      [["vm-1", ["/sim/vm-1/tmp/guestops-0123456789abcdef-x.err"]]],
    );
    expect(report.violations).toEqual([
      expect.objectContaining({ invariant: "noTempFiles", run: 4 }),
    ]);
  });

  test("passes the files a CreateOutcomeUnknownError says it kept, and only those of its run", () => {
    const unknown = new CreateOutcomeUnknownError({
      vm: "vm-1",
      runId: "0123456789abcdef",
      looks: 3,
      cause: new Error("socket hang up"),
      keptFiles: ["/sim/vm-1/tmp/guestops-0123456789abcdef-x.out"],
    });
    const kept = "/sim/vm-1/tmp/guestops-0123456789abcdef-x.code";
    const stray = "/sim/vm-1/tmp/guestops-fedcba9876543210-y.out";
    const report = check({ error: unknown }, [record(42)], [["vm-1", [kept, stray]]]);
    expect(report.violations.filter((v) => v.invariant === "noTempFiles")).toEqual([
      expect.objectContaining({ detail: expect.stringContaining(stray) }),
    ]);
  });

  test("fails a guest process still running after every run ended", () => {
    expect(broken(check({ result: result() }, [record(42), record(undefined, 7)]))).toContain(
      "noneRunning",
    );
  });
});
