import { describe, expect, test } from "vitest";
import { CreateOutcomeUnknownError } from "./create-outcome-unknown-error.js";
import { InvalidRunHandleError } from "./invalid-run-handle-error.js";
import { ProcessLostError } from "./process-lost-error.js";
import { VmNotReadyError } from "./vm-not-ready-error.js";
import { WaitTimeoutError } from "./wait-timeout-error.js";

// What a log line written with JSON.stringify(error) holds: without toJSON, only the own
// enumerable fields, never the message.
const logged = (error: Error) => JSON.parse(JSON.stringify(error));

describe("JSON.stringify of this package's errors", () => {
  test.each([
    [
      "VmNotReadyError (powered off)",
      new VmNotReadyError({
        vm: "vm-42",
        vmName: "web-01",
        reason: "poweredOff",
        powerState: "POWERED_OFF",
      }),
      { vm: "vm-42", vmName: "web-01", reason: "poweredOff", powerState: "POWERED_OFF" },
    ],
    [
      "VmNotReadyError (Tools not ready)",
      new VmNotReadyError({ vm: "vm-42", reason: "toolsNotReady", waitedMs: 5000 }),
      { vm: "vm-42", reason: "toolsNotReady", waitedMs: 5000 },
    ],
    [
      "CreateOutcomeUnknownError",
      new CreateOutcomeUnknownError({
        vm: "vm-42",
        runId: "0123456789abcdef",
        looks: 3,
        cause: new Error("socket hang up"),
        keptFiles: ["/tmp/guestops-0123456789abcdef-a1.out"],
      }),
      {
        vm: "vm-42",
        runId: "0123456789abcdef",
        looks: 3,
        keptFiles: ["/tmp/guestops-0123456789abcdef-a1.out"],
      },
    ],
    [
      "ProcessLostError",
      new ProcessLostError({ vm: "vm-42", pid: 4242, reason: "vanished" }),
      { vm: "vm-42", pid: 4242, reason: "vanished" },
    ],
    [
      "WaitTimeoutError",
      new WaitTimeoutError({
        what: "process 4242 in vm-42",
        reason: "timeout",
        timeout: 1000,
        attempts: 4,
        elapsed: 1003,
        pending: 3,
        errors: 1,
      }),
      { reason: "timeout", timeout: 1000, attempts: 4, elapsed: 1003, pending: 3, errors: 1 },
    ],
    [
      "InvalidRunHandleError",
      new InvalidRunHandleError("pid must be a non-negative integer", "pid"),
      { field: "pid" },
    ],
  ])("keeps the name, the message and the fields of %s", (_, error, fields) => {
    expect(logged(error)).toEqual({ name: error.name, message: error.message, ...fields });
  });

  test("keeps what to look for in the guest after an unknown create outcome", () => {
    const error = new CreateOutcomeUnknownError({
      vm: "vm-42",
      runId: "0123456789abcdef",
      looks: 3,
      cause: new Error("socket hang up"),
    });
    expect(logged(error).message).toContain("ps -ef | grep 0123456789abcdef");
  });
});
