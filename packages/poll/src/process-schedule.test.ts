import { afterEach, describe, expect, test, vi } from "vitest";
import { processPollDelay, processPollGap } from "./process-schedule.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("processPollGap", () => {
  test.each([
    [0, 25],
    [149, 25],
    [150, 90],
    [500, 300],
    [750, 450],
    [1999, 450],
    [2000, 800],
    [5000, 2000],
    [11_250, 4500],
    [60_000, 4500],
    [3_600_000, 4500],
  ])("plans a gap of %i ms at age %i ms", (age, gap) => {
    expect(processPollGap(age)).toBe(gap);
  });

  test("never plans a gap longer than 4.5 s, far inside the 5-minute retention window", () => {
    for (let age = 0; age < 600_000; age += 997)
      expect(processPollGap(age)).toBeLessThanOrEqual(4500);
  });
});

describe("processPollDelay", () => {
  test("subtracts the look's own duration from the gap", () => {
    expect(processPollDelay(0, 20, () => 0)).toBe(5);
    expect(processPollDelay(1000, 20, () => 0)).toBe(430);
  });

  test("only ever shortens a gap with jitter, by at most 10%", () => {
    expect(processPollDelay(60_000, 0, () => 0)).toBe(4500);
    expect(processPollDelay(60_000, 0, () => 0.999_999)).toBe(4050);
  });

  test("sleeps at least 5 ms even when the look took longer than the gap", () => {
    expect(processPollDelay(0, 300, () => 0.5)).toBe(5);
  });
});
