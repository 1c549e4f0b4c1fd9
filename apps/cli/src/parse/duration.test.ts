import { describe, expect, test } from "vitest";
import { formatDuration, MAX_DURATION_MS, parseDuration } from "./duration.js";

describe("parseDuration", () => {
  test.each([
    ["500ms", 500],
    ["30s", 30_000],
    ["5m", 300_000],
    ["1h", 3_600_000],
    ["1h30m", 5_400_000],
    ["1m30s", 90_000],
    ["1.5s", 1500],
    ["2", 2000],
    [" 10s ", 10_000],
  ])("reads %j as %i ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  test.each(["", "0", "0s", "-5s", "5x", "s", "1h 30m", "ms", "1.s", "abc", "0.0001s", "0.4ms"])(
    "rejects %j with a message that shows how to write one",
    (text) => {
      expect(() => parseDuration(text)).toThrow(/--timeout .* is not a duration: write it like/);
    },
  );

  test.each(["2147483647ms", "596h31m23s", "596h"])(
    "accepts %j, within what a timer can wait",
    (text) => {
      expect(parseDuration(text)).toBeLessThanOrEqual(MAX_DURATION_MS);
    },
  );

  test.each(["2147483648ms", "600h", "596h31m24s", "99999999999h", "9".repeat(400)])(
    "refuses %j as too long, giving the maximum",
    (text) => {
      expect(() => parseDuration(text)).toThrow(
        /^--timeout ".*" is too long: the longest is 596h31m23s \(about 24\.8 days\)$/,
      );
    },
  );

  test("names the flag it was given in the message", () => {
    expect(() => parseDuration("soon", "--wait")).toThrow(/^--wait "soon"/);
  });
});

describe("formatDuration", () => {
  test.each([
    [250, "250ms"],
    [1500, "1.5s"],
    [30_000, "30s"],
    [90_000, "1m30s"],
    [5_400_000, "1h30m"],
  ])("writes %i ms as %j", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
