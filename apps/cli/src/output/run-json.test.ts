import { expect, test } from "vitest";
import { outputText, runToJson } from "./run-json.js";

test("prints every field in a stable order, with dates as ISO text", () => {
  const json = runToJson(
    {
      vm: "vm-101",
      pid: 42,
      status: "exited",
      exitCode: 3,
      exitDescription: "exit code 3",
      startedAt: new Date("2025-01-01T00:00:00Z"),
      finishedAt: "2025-01-01T00:00:01.000Z",
      durationMs: 1000,
      stdout: new TextEncoder().encode("héllo\n"),
      stderr: "oops\n",
      stdoutTruncated: false,
      stderrTruncated: false,
      outputCaptured: true,
      timedOut: false,
    },
    "web-01",
  );
  expect(Object.keys(json)).toEqual([
    "vm",
    "vmId",
    "status",
    "exitCode",
    "exitDescription",
    "timedOut",
    "pid",
    "startedAt",
    "finishedAt",
    "durationMs",
    "outputCaptured",
    "stdout",
    "stderr",
    "stdoutTruncated",
    "stderrTruncated",
  ]);
  expect(json).toMatchObject({
    vm: "web-01",
    vmId: "vm-101",
    stdout: "héllo\n",
    startedAt: "2025-01-01T00:00:00.000Z",
  });
});

test("fills nulls for a run that never started and keeps only the error's name and message", () => {
  const error = Object.assign(new Error("createProcess: Tools down"), { secretField: "pw" });
  const json = runToJson({ vm: "tools-down-01", status: "failed_to_start", error });
  expect(json).toMatchObject({ pid: null, exitCode: null, stdout: "", timedOut: false });
  expect(json.error).toEqual({ name: "Error", message: "createProcess: Tools down" });
  expect(JSON.stringify(json)).not.toContain("pw");
});

test("decodes byte output as UTF-8 and passes strings through", () => {
  expect(outputText(Buffer.from("abc"))).toBe("abc");
  expect(outputText("x")).toBe("x");
  expect(outputText(undefined)).toBe("");
});
