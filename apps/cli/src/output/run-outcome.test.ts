import { expect, test } from "vitest";
import type { PrintableRun } from "./run-json.js";
import { describeOutcome, isSuccessfulRun } from "./run-outcome.js";

class FakeClientError extends Error {
  readonly operation = "createProcess";
}

test.each<[PrintableRun, string]>([
  [{ vm: "a", status: "exited", exitCode: 0 }, "exit 0"],
  [{ vm: "a", status: "exited", exitCode: 3 }, "exit 3"],
  [
    {
      vm: "a",
      status: "exited",
      exitCode: -1073741819,
      exitDescription: "crashed: 0xC0000005 (STATUS_ACCESS_VIOLATION)",
    },
    "crashed: 0xC0000005 (STATUS_ACCESS_VIOLATION)",
  ],
  [{ vm: "a", status: "timed_out" }, "timed out after 5s (terminated)"],
  [
    {
      vm: "a",
      status: "failed_to_start",
      error: new FakeClientError(
        "createProcess: VMware Tools is not running in vm-301 (503 SERVICE_UNAVAILABLE): start Tools",
      ),
    },
    "did not start: starting the program: VMware Tools is not running in vm-301 (503 SERVICE_UNAVAILABLE): start Tools",
  ],
  [
    { vm: "a", status: "lost", error: new Error("process 42 vanished") },
    "lost: process 42 vanished",
  ],
])("describes %j as %j", (run, text) => {
  expect(describeOutcome(run, { timeoutMs: 5000 })).toBe(text);
});

test("counts only a run that exited 0 as a success", () => {
  expect(isSuccessfulRun({ status: "exited", exitCode: 0 })).toBe(true);
  expect(isSuccessfulRun({ status: "exited", exitCode: 1 })).toBe(false);
  expect(isSuccessfulRun({ status: "timed_out", exitCode: 0 })).toBe(false);
});
