import { expect, test } from "vitest";
import { globMatcher, isGlob } from "./glob.js";

test.each([
  ["web-*", "web-01", true],
  ["web-*", "db-01", false],
  ["web-0?", "web-01", true],
  ["web-0?", "web-010", false],
  ["a.b", "axb", false],
  ["(x)*", "(x)1", true],
])("matches %j against %j: %s", (pattern, name, expected) => {
  expect(globMatcher(pattern)(name)).toBe(expected);
});

test("tells patterns from plain names", () => {
  expect(isGlob("web-*")).toBe(true);
  expect(isGlob("web-01")).toBe(false);
});
