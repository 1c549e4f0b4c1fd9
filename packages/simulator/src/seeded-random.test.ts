import { describe, expect, test } from "vitest";
import { createSeededRandom } from "./seeded-random.js";

describe("createSeededRandom", () => {
  test("repeats the same sequence for the same seed", () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
  });

  test("gives a different sequence for another seed", () => {
    expect(createSeededRandom(1)()).not.toBe(createSeededRandom(2)());
  });

  test("stays in [0, 1) and spreads evenly enough to hit a 15% rate", () => {
    const random = createSeededRandom(7);
    const draws = Array.from({ length: 10_000 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const hits = draws.filter((x) => x < 0.15).length;
    expect(hits).toBeGreaterThan(1300);
    expect(hits).toBeLessThan(1700);
  });
});
