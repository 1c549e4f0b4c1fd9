import { describe, expect, test } from "vitest";
import { exitCodeOf } from "./exit-code.js";

describe("exitCodeOf", () => {
  test("keeps the program's own exit code", () => {
    expect(exitCodeOf(0, null)).toBe(0);
    expect(exitCodeOf(3, null)).toBe(3);
  });

  test("records 128 + the signal number for a program killed by a signal", () => {
    expect(exitCodeOf(null, "SIGKILL")).toBe(137);
    expect(exitCodeOf(null, "SIGTERM")).toBe(143);
  });
});
