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
    const decoded = decodeOutput(bytes(text), max);
    expect({ text: decoded.text, truncated: decoded.truncated }).toEqual({
      text: expected,
      truncated,
    });
    // The bytes are cut at `max` exactly, even inside a character: they are passed on as is.
    expect(decoded.bytes).toEqual(bytes(text).subarray(0, max));
  });
});
