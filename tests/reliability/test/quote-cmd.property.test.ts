// The argv a Windows guest program receives is exactly the one given: the whole command line of a
// Windows run (cmd.exe /d /s /c "set GUESTOPS_RUN=..&& <program> <args> <in >out 2>err") is read
// back through an independent model of cmd.exe and the MSVC runtime (src/quoting/cmd-reference).
import { quoteCmdArgs } from "@guestops/poll";
import fc from "fast-check";
import { expect, test } from "vitest";
import {
  expandPercent,
  msvcrtArgv,
  splitCommands,
  stripSlashS,
} from "../src/quoting/cmd-reference.ts";
import { shellArg } from "../src/quoting/shell-args.ts";
import { scaled } from "../src/scale.ts";

const PROGRAM = "C:\\Program Files\\Tools\\report.exe";

/** The wrapper line as poll builds it (windows-wrapper.ts), with capture files. */
function wrapperLine(args: readonly string[]): string {
  const command = quoteCmdArgs([PROGRAM, ...args]);
  return `/d /s /c "set GUESTOPS_RUN=0123456789abcdef&& ${command} <NUL >"C:\\Temp\\o.out" 2>"C:\\Temp\\o.err""`;
}

/** Every %NAME% an argument mentions, defined: a quoting that lets one through gets caught. */
function hostileEnv(args: readonly string[]): Map<string, string> {
  const env = new Map([
    ["PATH", "C:\\Windows"],
    ["USERNAME", "Administrator"],
    ["TEMP", "C:\\Temp"],
  ]);
  for (const arg of args) {
    for (const match of arg.matchAll(/%([^%]+)%/g)) {
      const name = (match[1] as string).toUpperCase();
      // The documented limit of caret escaping: a variable whose name ends in ^ (see quote-cmd.ts).
      if (!name.endsWith("^")) env.set(name, `<expanded ${name}>`);
    }
  }
  return env;
}

test("a Windows guest program receives exactly the generated arguments (cmd.exe and MSVC model)", () => {
  fc.assert(
    fc.property(fc.array(shellArg({ noLineBreaks: true }), { maxLength: 8 }), (args) => {
      const line = expandPercent(stripSlashS(wrapperLine(args)), hostileEnv(args));
      const [set, run, ...rest] = splitCommands(line);
      expect(rest).toEqual([]);
      expect(set).toEqual({ text: "set GUESTOPS_RUN=0123456789abcdef", redirects: [] });
      expect(run?.redirects).toEqual([
        { fd: 0, target: "NUL" },
        { fd: 1, target: "C:\\Temp\\o.out" },
        { fd: 2, target: "C:\\Temp\\o.err" },
      ]);
      expect(msvcrtArgv(run?.text ?? "")).toEqual([PROGRAM, ...args]);
    }),
    { numRuns: scaled(3_000, 100_000) },
  );
});

test("quoteCmdArgs refuses NUL, CR and LF instead of passing a different argument", () => {
  fc.assert(
    fc.property(fc.string(), fc.constantFrom("\0", "\r", "\n"), fc.string(), (a, bad, b) => {
      expect(() => quoteCmdArgs([`${a}${bad}${b}`])).toThrow(TypeError);
    }),
  );
});

test("the model is strict enough to catch a naive quoting (plain double quotes)", () => {
  const naive = (args: readonly string[]) =>
    `/d /s /c "set GUESTOPS_RUN=0123456789abcdef&& ${[PROGRAM, ...args].map((a) => `"${a}"`).join(" ")}"`;
  const outcome = fc.check(
    fc.property(fc.array(shellArg({ noLineBreaks: true }), { maxLength: 8 }), (args) => {
      const [, run] = splitCommands(expandPercent(stripSlashS(naive(args)), hostileEnv(args)));
      expect(msvcrtArgv(run?.text ?? "")).toEqual([PROGRAM, ...args]);
    }),
    { numRuns: 2_000 },
  );
  expect(outcome.failed).toBe(true);
});
