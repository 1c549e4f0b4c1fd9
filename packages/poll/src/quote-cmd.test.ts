import { describe, expect, test } from "vitest";
import { quoteCmdArgs } from "./quote-cmd.js";

// No cmd.exe here: the two Windows parsers are emulated as documented.

/** cmd.exe phase 2 outside quote mode: ^x becomes x; a quote toggles quote mode unless escaped. */
function cmdUnescape(line: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (!quoted && c === "^") {
      out += line[++i] ?? "";
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (!quoted && /[&|<>]/.test(c))
      throw new Error(`unescaped ${c} would be interpreted by cmd.exe`);
    out += c;
  }
  return out;
}

/** CommandLineToArgvW / MSVC runtime (2008 and later) argument splitting. */
function commandLineToArgv(line: string): string[] {
  const args: string[] = [];
  let current = "";
  let inArg = false;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === "\\") {
      let n = 0;
      while (line[i] === "\\") {
        n++;
        i++;
      }
      if (line[i] === '"') {
        current += "\\".repeat(Math.floor(n / 2));
        if (n % 2 === 1) current += '"';
        else {
          quoted = !quoted;
        }
      } else {
        current += "\\".repeat(n);
        i--;
      }
      inArg = true;
      continue;
    }
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        current += '"';
        i++;
      } else quoted = !quoted;
      inArg = true;
      continue;
    }
    if (!quoted && (c === " " || c === "\t")) {
      if (inArg) args.push(current);
      current = "";
      inArg = false;
      continue;
    }
    current += c;
    inArg = true;
  }
  if (inArg) args.push(current);
  return args;
}

const HOSTILE = [
  "plain",
  "",
  "two words",
  'say "hi"',
  "C:\\Program Files\\App\\",
  "back\\\\slashes\\",
  'quote at end"',
  '\\"',
  "%PATH%",
  "50%",
  "a & b",
  "a && b",
  "a | b",
  "a > out.txt",
  "< in",
  "(group)",
  "^caret",
  "!bang!",
  "semi;colon",
  "comma,list",
  "star*",
  "what?",
  "tab\there",
  "ünïcødé ✓",
  "/flag:value",
];

describe("quoteCmdArgs", () => {
  test.each([
    [["C:\\Windows\\System32\\ipconfig.exe", "/all"], "C:\\Windows\\System32\\ipconfig.exe /all"],
    [["C:\\Tools\\report.exe", "a & b"], 'C:\\Tools\\report.exe ^"a^ ^&^ b^"'],
    [["x.exe", "50%"], 'x.exe ^"50^%^"'],
    [["x.exe", ""], 'x.exe ^"^"'],
    [["x.exe", 'say "hi"'], 'x.exe ^"say^ \\^"hi\\^"^"'],
    [["C:\\Program Files\\x.exe"], '^"C:\\Program^ Files\\x.exe^"'],
    [["x.exe", "dir\\"], "x.exe dir\\"],
    [["x.exe", "my dir\\"], 'x.exe ^"my^ dir\\\\^"'],
  ])("quotes %j as %s", (args, expected) => {
    expect(quoteCmdArgs(args)).toBe(expected);
  });

  test("hands every hostile argument to the program unchanged through both parsers", () => {
    const line = quoteCmdArgs(["C:\\prog.exe", ...HOSTILE]);
    expect(commandLineToArgv(cmdUnescape(line))).toEqual(["C:\\prog.exe", ...HOSTILE]);
  });

  test("doubles every escape for a batch file, which cmd.exe parses once more", () => {
    const line = quoteCmdArgs(["C:\\job.cmd", "a & b", "50%"], { batchFile: true });
    expect(commandLineToArgv(cmdUnescape(cmdUnescape(line)))).toEqual([
      "C:\\job.cmd",
      "a & b",
      "50%",
    ]);
  });

  test.each(["line\nbreak", "carriage\rreturn", "nul\0"])(
    "refuses an argument with a NUL or line break (%j)",
    (arg) => {
      expect(() => quoteCmdArgs(["x.exe", arg])).toThrow(
        "quoteCmdArgs: an argument contains a NUL or line-break character, which cmd.exe cannot pass",
      );
    },
  );
});
