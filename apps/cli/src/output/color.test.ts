import { expect, test } from "vitest";
import { createPalette } from "./color.js";

test("colors a terminal", () => {
  expect(createPalette({ isTTY: true }, {}).red("x")).toBe("\u001b[31mx\u001b[39m");
});

test("leaves a pipe plain", () => {
  expect(createPalette({ isTTY: false }, {}).red("x")).toBe("x");
});

test("respects NO_COLOR even on a terminal and even with FORCE_COLOR", () => {
  expect(createPalette({ isTTY: true }, { NO_COLOR: "1" }).red("x")).toBe("x");
  expect(createPalette({ isTTY: true }, { NO_COLOR: "1", FORCE_COLOR: "1" }).enabled).toBe(false);
});

test("ignores an empty NO_COLOR, as no-color.org says", () => {
  expect(createPalette({ isTTY: true }, { NO_COLOR: "" }).enabled).toBe(true);
});

test("colors a pipe when FORCE_COLOR is set", () => {
  expect(createPalette({ isTTY: false }, { FORCE_COLOR: "1" }).enabled).toBe(true);
  expect(createPalette({ isTTY: false }, { FORCE_COLOR: "0" }).enabled).toBe(false);
});
