import { isInvalidRequestError } from "@guestops/client";
import { describe, expect, test } from "vitest";
import type { RunRequest } from "./run-types.js";
import { validateRunRequest } from "./validate-run-request.js";

const credentials = { type: "password", username: "root", password: "x" } as const;
const base: RunRequest = { vm: "web-01", path: "/bin/true", credentials };

describe("validateRunRequest", () => {
  test("accepts a complete, valid request", () => {
    expect(() =>
      validateRunRequest(
        {
          ...base,
          args: ["-x"],
          env: { PATH: "/bin" },
          workingDirectory: "/tmp",
          capture: false,
          stdin: new Uint8Array([1]),
          maxOutputBytes: 10,
          timeout: 1000,
          startMinimized: false,
          guestFamily: "linux",
          waitForToolsMs: 0,
        },
        "runProcess",
      ),
    ).not.toThrow();
  });

  test.each<[string, Partial<Record<keyof RunRequest, unknown>>, string]>([
    ["no vm", { vm: " " }, "vm must be a VM name or identifier"],
    ["no path", { path: "" }, "path must be the program to run"],
    ["args not strings", { args: ["a", 1] }, "args must be an array of strings"],
    ["a non-string env value", { env: { A: 1 } }, "env.A must be a string"],
    ["no credentials", { credentials: undefined }, "credentials must be guest credentials"],
    ["a bad capture", { capture: "yes" }, "capture must be true or false"],
    ["a bad stdin", { stdin: 5 }, "stdin must be a string or a Uint8Array"],
    [
      "a zero maxOutputBytes",
      { maxOutputBytes: 0 },
      "maxOutputBytes must be an integer from 1 to 268435456 (got 0)",
    ],
    ["a negative timeout", { timeout: -1 }, "timeout must be a positive number of ms (got -1)"],
    [
      "an infinite timeout",
      { timeout: Number.POSITIVE_INFINITY },
      "timeout must be a positive number of ms (got Infinity)",
    ],
    [
      "a bad waitForToolsMs",
      { waitForToolsMs: -5 },
      "waitForToolsMs must be a number of ms >= 0 (got -5)",
    ],
    ["a bad guestFamily", { guestFamily: "solaris" }, 'guestFamily must be "linux" or "windows"'],
  ])("refuses a request with %s, saying nothing was started", (_, change, message) => {
    let error: unknown;
    try {
      validateRunRequest({ ...base, ...change } as RunRequest, "runProcess");
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidRequestError(error)).toBe(true);
    expect((error as Error).message).toContain(`runProcess: ${message}`);
    expect((error as Error).message).toContain("(nothing was started)");
  });
});
