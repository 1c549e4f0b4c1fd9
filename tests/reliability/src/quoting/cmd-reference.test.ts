import { describe, expect, test } from "vitest";
import { expandPercent, msvcrtArgv, splitCommands } from "./cmd-reference.ts";

// The reference model checked against the documented examples it is built from.
describe("the MSVC runtime argv reference", () => {
  test.each([
    ['p "a b c" d e', ["p", "a b c", "d", "e"]],
    ['p "ab\\"c" "\\\\" d', ["p", 'ab"c', "\\", "d"]],
    ['p a\\\\\\b d"e f"g h', ["p", "a\\\\\\b", "de fg", "h"]],
    ['p a\\\\\\"b c d', ["p", 'a\\"b', "c", "d"]],
    ['p a\\\\\\\\"b c" d e', ["p", "a\\\\b c", "d", "e"]],
    ['p "a b" "" x', ["p", "a b", "", "x"]],
    ['"C:\\Program Files\\x.exe" 1', ["C:\\Program Files\\x.exe", "1"]],
  ])("reads %s as Microsoft documents it", (line, argv) => {
    expect(msvcrtArgv(line)).toEqual(argv);
  });
});

describe("the cmd.exe reference", () => {
  test("expands defined variables and leaves undefined ones", () => {
    const env = new Map([["PATH", "C:\\bin"]]);
    expect(expandPercent("a %path% %nope% 50%", env)).toBe("a C:\\bin %nope% 50%");
  });

  test("splits commands on unescaped && and reads quoted redirections", () => {
    expect(splitCommands('set X=1&& a ^& b <NUL >"C:\\o.txt" 2>"C:\\e.txt"')).toEqual([
      { text: "set X=1", redirects: [] },
      {
        text: "a & b",
        redirects: [
          { fd: 0, target: "NUL" },
          { fd: 1, target: "C:\\o.txt" },
          { fd: 2, target: "C:\\e.txt" },
        ],
      },
    ]);
  });

  test("keeps carets and metacharacters inside quotes literal", () => {
    expect(splitCommands('x "a ^ & b"')).toEqual([{ text: 'x "a ^ & b"', redirects: [] }]);
  });
});
