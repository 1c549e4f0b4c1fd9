import { GuestAuthError, TransportError, VcenterApiError, VmLookupError } from "@guestops/client";
import { describe, expect, test } from "vitest";
import { RunnerError } from "./runner.js";
import { toRunnerError } from "./to-runner-error.js";

function apiError(status: number, errorType: string | undefined, summary = "it failed") {
  return new VcenterApiError({
    status,
    errorType: errorType as never,
    messages: [],
    operation: "createProcess",
    vm: "vm-7",
    summary,
    advice: "do something",
  });
}

describe("toRunnerError", () => {
  test.each([
    ["a VM that is not found", new VmLookupError({ query: "web-9", matches: [] }), "not_found"],
    ["NOT_FOUND", apiError(404, "NOT_FOUND"), "not_found"],
    ["RESOURCE_BUSY", apiError(500, "RESOURCE_BUSY"), "vm_unavailable"],
    ["SERVICE_UNAVAILABLE", apiError(503, "SERVICE_UNAVAILABLE"), "vm_unavailable"],
    [
      "UNABLE_TO_ALLOCATE_RESOURCE",
      apiError(500, "UNABLE_TO_ALLOCATE_RESOURCE"),
      "failed_to_start",
    ],
    ["INVALID_ARGUMENT", apiError(400, "INVALID_ARGUMENT"), "invalid_request"],
    ["an unexplained 500", apiError(500, "ERROR"), "vcenter_error"],
  ])("maps %s", (_, error, code) => {
    const mapped = toRunnerError(error, "createProcess", []);
    expect(mapped).toBeInstanceOf(RunnerError);
    expect((mapped as RunnerError).code).toBe(code);
  });

  test("marks a connection lost after sending create as ambiguous", () => {
    const error = new TransportError({
      code: "ECONNRESET",
      operation: "createProcess",
      requestSent: true,
      summary: "the connection was reset",
      advice: "check",
    });
    const mapped = toRunnerError(error, "createProcess", []) as RunnerError;
    expect(mapped.code).toBe("vcenter_unreachable");
    expect(mapped.ambiguous).toBe(true);
    expect((toRunnerError(error, "getProcess", []) as RunnerError).ambiguous).toBe(false);
  });

  test("maps rejected guest credentials, and removes a secret a server echoed", () => {
    const error = new GuestAuthError({
      status: 401,
      errorType: "UNAUTHENTICATED",
      messages: [],
      operation: "createProcess",
      vm: "vm-7",
      summary: "the guest said: bad password hunter2",
      advice: "fix it",
    });
    const mapped = toRunnerError(error, "createProcess", ["hunter2"]) as RunnerError;
    expect(mapped.code).toBe("guest_auth_failed");
    expect(mapped.message).not.toContain("hunter2");
  });

  test("returns an unknown error unchanged, for a bare 500", () => {
    const bug = new TypeError("x is undefined");
    expect(toRunnerError(bug, "createProcess", [])).toBe(bug);
  });
});
