import { describe, expect, test } from "vitest";
import { formatSize, MAX_OUTPUT_LIMIT, parseSize } from "./size.js";

describe("parseSize", () => {
  test.each([
    ["512k", 512 * 1024],
    ["512K", 512 * 1024],
    ["4MiB", 4 * 1024 * 1024],
    ["4 MiB", 4 * 1024 * 1024],
    ["1.5M", 1.5 * 1024 * 1024],
    ["2000", 2000],
    ["100b", 100],
    ["10MB", 10_000_000],
    ["256MiB", MAX_OUTPUT_LIMIT],
  ])("reads %j as %i bytes", (text, bytes) => {
    expect(parseSize(text, "--max-output")).toBe(bytes);
  });

  test.each(["", "lots", "4 MiB ish", "-1k", "1e6", "4MiBs", "k"])(
    "refuses %j, showing how to write a size",
    (text) => {
      expect(() => parseSize(text, "--max-output")).toThrow(
        /^--max-output ".*" is not a size: write it like 512k, 4MiB or 1048576 \(bytes\)$/,
      );
    },
  );

  test.each(["0", "0k", "0.4"])("refuses %j as too small", (text) => {
    expect(() => parseSize(text, "--max-output")).toThrow(/is too small: give at least 1 byte/);
  });

  test.each(["257MiB", "1G", "300MB"])("refuses %j as over the 256 MiB cap", (text) => {
    expect(() => parseSize(text, "--max-output")).toThrow(
      /is too big: the most is 256 MiB \(the output is held in memory\)/,
    );
  });
});

describe("formatSize", () => {
  test.each([
    [1024 * 1024, "1 MiB"],
    [512 * 1024, "512 KiB"],
    [1000, "1000 bytes"],
    [1, "1 byte"],
  ])("writes %i as %j", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
