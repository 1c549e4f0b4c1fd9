import { expect, test } from "vitest";
import { prefixLines } from "./prefix-lines.js";

test("prefixes each line and ends with one newline", () => {
  expect(prefixLines("web-01: ", "a\nb\n")).toBe("web-01: a\nweb-01: b\n");
  expect(prefixLines("web-01: ", "no newline")).toBe("web-01: no newline\n");
  expect(prefixLines("web-01: ", "\n")).toBe("web-01: \n");
});

test("prints nothing for empty output", () => {
  expect(prefixLines("web-01: ", "")).toBe("");
});
