import { describe, expect, test } from "vitest";
import { decodeOutput } from "./decode-output.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeOutput", () => {
  test.each([
    ["hello", 10, "hello", false],
    ["hello", 5, "hello", false],
    ["hello world", 5, "hello", true],
    ["héllo", 2, "h", true],
    ["héllo", 3, "hé", true],
    ["✓✓", 4, "✓", true],
    ["", 1, "", false],
  ])("decodes %j cut at %i bytes as %j (truncated %s)", (text, max, expected, truncated) => {
    expect(decodeOutput(bytes(text), max)).toEqual({ text: expected, truncated });
  });
});
