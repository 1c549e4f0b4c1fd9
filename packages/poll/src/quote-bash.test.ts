import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { quoteBashArg, quoteBashArgs } from "./quote-bash.js";

// Arguments that break naive quoting; each must reach the program unchanged.
const HOSTILE = [
  "",
  " ",
  "plain",
  "two words",
  "it's",
  "'",
  "''",
  '"double"',
  "$HOME",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash expansion that must stay literal
  "${PATH}",
  "$(id)",
  "`id`",
  "a\\b",
  "\\",
  "*",
  "?",
  "[a]",
  "~",
  "~root",
  "#comment",
  "!history",
  "a;b",
  "a&&b",
  "a|b",
  "a>b",
  "<in",
  "new\nline",
  "tab\tbed",
  "ünïcødé ✓",
  "--flag=value",
  "-n",
  "a=b",
  "{a,b}",
  "%PATH%",
];

describe("quoteBashArgs", () => {
  test.each([
    [["echo", "hello"], "echo hello"],
    [["echo", "two words"], "echo 'two words'"],
    [["echo", "it's"], "echo 'it'\\''s'"],
    [["echo", ""], "echo ''"],
    [["echo", "$HOME"], "echo '$HOME'"],
    [["ls", "-la", "/var/log/"], "ls -la /var/log/"],
    [["printf", "%s\n"], "printf '%s\n'"],
  ])("quotes %j as %s", (args, expected) => {
    expect(quoteBashArgs(args)).toBe(expected);
  });

  test("passes every hostile argument through a real bash unchanged", () => {
    const script = `printf '%s\\0' ${quoteBashArgs(HOSTILE)}`;
    const out = execFileSync("/bin/bash", ["-c", script], { encoding: "utf8" });
    expect(out.split("\0").slice(0, -1)).toEqual(HOSTILE);
  });

  test("survives being quoted twice, as the wrapper script is", () => {
    const inner = `printf '%s\\0' ${quoteBashArgs(HOSTILE)}`;
    const outer = `/bin/bash -c ${quoteBashArg(inner)}`;
    const out = execFileSync("/bin/bash", ["-c", outer], { encoding: "utf8" });
    expect(out.split("\0").slice(0, -1)).toEqual(HOSTILE);
  });

  test("refuses an argument with a NUL character", () => {
    expect(() => quoteBashArgs(["a\0b"])).toThrow(
      "quoteBashArgs: an argument contains a NUL character, which bash cannot pass",
    );
  });
});
