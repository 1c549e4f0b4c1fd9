import { describe, expect, test } from "vitest";
import { isInvalidRunHandleError } from "./invalid-run-handle-error.js";
import { parseRunHandle, type RunHandle, serializeRunHandle } from "./run-handle.js";

const HANDLE: RunHandle = {
  version: 1,
  runId: "0123456789abcdef",
  vm: "vm-42",
  vmName: "web-01",
  pid: 4242,
  guestFamily: "linux",
  startedAt: 1_790_000_000_000,
  deadline: 1_790_000_060_000,
  files: {
    stdout: "/tmp/guestops-0123456789abcdef-a1.out",
    stderr: "/tmp/guestops-0123456789abcdef-a1.err",
    exitCode: "/tmp/guestops-0123456789abcdef-a1.code",
  },
  maxOutputBytes: 1_048_576,
};

describe("run handles", () => {
  test("round-trip through versioned JSON", () => {
    const text = serializeRunHandle(HANDLE);
    expect(JSON.parse(text)).toMatchObject({ kind: "guestops.run", version: 1 });
    expect(parseRunHandle(text)).toEqual(HANDLE);
  });

  test("leave out anything that is not a handle field, such as credentials put there by mistake", () => {
    const careless = {
      ...HANDLE,
      credentials: { type: "password", username: "root", password: "hunter2" },
    };
    const text = serializeRunHandle(careless as RunHandle);
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("credentials");
  });

  test.each([
    ["not JSON", "{", "parseRunHandle: not JSON"],
    [
      "another kind",
      { ...HANDLE, kind: "other" },
      'not a run handle (kind must be "guestops.run")',
    ],
    ["another version", { ...HANDLE, kind: "guestops.run", version: 2 }, "unsupported version 2"],
    [
      "an unknown field",
      { ...HANDLE, kind: "guestops.run", password: "x" },
      'unexpected field "password"',
    ],
    [
      "a bad run id",
      { ...HANDLE, kind: "guestops.run", runId: "xyz" },
      "runId must be 16 hex digits",
    ],
    [
      "a bad pid",
      { ...HANDLE, kind: "guestops.run", pid: -1 },
      "pid must be a non-negative integer",
    ],
    [
      "a bad family",
      { ...HANDLE, kind: "guestops.run", guestFamily: "solaris" },
      'guestFamily must be "linux" or "windows"',
    ],
    [
      "a bad time",
      { ...HANDLE, kind: "guestops.run", startedAt: "yesterday" },
      "startedAt must be a time in ms since the epoch",
    ],
    [
      "no files",
      { ...HANDLE, kind: "guestops.run", files: {} },
      "files must name at least one file",
    ],
    [
      "an unknown file",
      { ...HANDLE, kind: "guestops.run", files: { core: "/x" } },
      'unexpected field "files.core"',
    ],
    ["an empty vm", { ...HANDLE, kind: "guestops.run", vm: "" }, "vm must be a non-empty string"],
  ])("are refused with a clear message when they have %s", (_, input, message) => {
    let error: unknown;
    try {
      parseRunHandle(typeof input === "string" ? input : JSON.stringify(input));
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidRunHandleError(error)).toBe(true);
    expect((error as Error).message).toContain(message);
  });
});

describe("run handle files", () => {
  const withFiles = (files: Record<string, string>) => ({ ...HANDLE, kind: "guestops.run", files });

  test.each([
    ["any file of the guest user", { stdout: "/root/important.txt" }, "files.stdout"],
    ["a file of another run", { stdout: "/tmp/guestops-fedcba9876543210-a1.out" }, "files.stdout"],
    [
      "the wrong suffix for the stream",
      { stderr: "/tmp/guestops-0123456789abcdef-a1.out" },
      "files.stderr",
    ],
    [
      "nothing between the run prefix and the suffix",
      { stdout: "/tmp/guestops-0123456789abcdef-.out" },
      "files.stdout",
    ],
    [
      "the run's name in a directory only",
      { exitCode: "/tmp/guestops-0123456789abcdef-a1.code/x" },
      "files.exitCode",
    ],
    ["a Windows path to another file", { stdin: "C:\\Users\\me\\secrets.txt" }, "files.stdin"],
    [
      "files of one run in two places",
      {
        stdout: "/tmp/guestops-0123456789abcdef-a1.out",
        stderr: "/home/u/guestops-0123456789abcdef-a1.err",
      },
      "files.stderr",
    ],
  ])("are refused, naming the field, when they name %s", (_, files, field) => {
    let error: unknown;
    try {
      parseRunHandle(withFiles(files));
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidRunHandleError(error)).toBe(true);
    expect(error).toMatchObject({ field });
    expect((error as Error).message).toContain(`${field} must be`);
  });

  test("are accepted as Windows paths named by the run", () => {
    const files = {
      stdout: "C:\\Users\\Administrator\\AppData\\Local\\Temp\\guestops-0123456789abcdef-7x.out",
      stderr: "C:\\Users\\Administrator\\AppData\\Local\\Temp\\guestops-0123456789abcdef-7x.err",
      stdin: "C:\\Users\\Administrator\\AppData\\Local\\Temp\\guestops-0123456789abcdef-7x.in",
    };
    expect(parseRunHandle(withFiles(files)).files).toEqual(files);
  });
});
