import { CreateOutcomeUnknownError, ProcessLostError, WaitTimeoutError } from "@guestops/poll";
import { describe, expect, test } from "vitest";
import { typedErrorProblem } from "./typed-error.ts";

describe("typedErrorProblem", () => {
  test.each([
    [
      "CreateOutcomeUnknownError",
      new CreateOutcomeUnknownError({
        vm: "vm-1",
        runId: "ab",
        looks: 3,
        cause: new Error("reset"),
      }),
    ],
    ["ProcessLostError", new ProcessLostError({ vm: "vm-1", pid: 7, reason: "vanished" })],
    [
      "WaitTimeoutError",
      new WaitTimeoutError({
        what: "process 7 in vm-1",
        reason: "timeout",
        timeout: 5,
        attempts: 2,
        elapsed: 6,
      }),
    ],
  ])("accepts guestops' own %s", (_name, error) => {
    expect(typedErrorProblem(error)).toBeUndefined();
  });

  test.each([
    ["a TypeError", new TypeError("fetch failed"), /untyped TypeError/],
    ["a string", "boom", /not an Error/],
    [
      "a terse message",
      Object.assign(new Error("failed"), { name: "VcenterApiError" }),
      /too short/,
    ],
    [
      "an unformatted value",
      Object.assign(new Error("create failed in vm-1: undefined"), { name: "VcenterApiError" }),
      /unclear/,
    ],
  ])("refuses %s", (_what, error, problem) => {
    expect(typedErrorProblem(error)).toMatch(problem);
  });
});
