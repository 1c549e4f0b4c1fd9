import { describe, expect, test } from "vitest";
import { processPollDelay, processPollGap } from "./process-schedule.js";

describe("processPollGap", () => {
  test.each([
    [0, 20],
    [109, 20],
    [110, 77],
    [300, 210],
    [571, 399.7],
    [1000, 400],
    [1999, 400],
    [2000, 800],
    [5000, 2000],
    [11_250, 4500],
    [60_000, 4500],
    [3_600_000, 4500],
  ])("plans a gap of %i ms at age %i ms", (age, gap) => {
    expect(processPollGap(age)).toBeCloseTo(gap, 6);
  });

  test("never plans a gap longer than 4.5 s, far inside the 5-minute retention window", () => {
    for (let age = 0; age < 600_000; age += 997) {
      expect(processPollGap(age)).toBeLessThanOrEqual(4500);
    }
  });
});

describe("processPollDelay", () => {
  test("subtracts the look's own duration from the gap", () => {
    expect(processPollDelay(1000, 20, () => 0)).toBe(380);
    expect(processPollDelay(60_000, 20, () => 0)).toBe(4480);
  });

  test("only ever shortens a gap with jitter, by at most 10%", () => {
    expect(processPollDelay(60_000, 0, () => 0)).toBe(4500);
    expect(processPollDelay(60_000, 0, () => 0.999_999)).toBe(4050);
  });

  test("sleeps at least 5 ms even when the look took longer than the gap", () => {
    expect(processPollDelay(500, 900, () => 0.5)).toBe(5);
  });
});
