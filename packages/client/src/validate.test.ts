import { describe, expect, test } from "vitest";
import type { GuestFamily, ProcessSpec } from "./domain.js";
import { isInvalidRequestError } from "./invalid-request-error.js";
import { checkPid, checkProcessSpec, checkVm, isAbsoluteGuestPath } from "./validate.js";

function reasonOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isInvalidRequestError(error) ? error.reason : "other";
  }
}

describe("isAbsoluteGuestPath", () => {
  test.each([
    ["/usr/bin/env", true],
    ["C:\\Windows\\System32\\cmd.exe", true],
    ["c:/windows/system32/cmd.exe", true],
    ["\\\\fileserver\\share\\tool.exe", true],
    ["ls", false],
    ["./run.sh", false],
    ["bin/run", false],
    ["C:relative.exe", false],
    ["", false],
  ])("treats %j as absolute: %s", (path, absolute) => {
    expect(isAbsoluteGuestPath(path)).toBe(absolute);
  });
});

describe("checkProcessSpec", () => {
  test.each<[string, ProcessSpec, GuestFamily | undefined, string | undefined]>([
    ["an absolute Linux path", { path: "/bin/true" }, "linux", undefined],
    [
      "a Windows drive path on an unknown guest",
      { path: "C:\\Windows\\System32\\cmd.exe" },
      undefined,
      undefined,
    ],
    ["a relative program path", { path: "ls" }, undefined, "relativePath"],
    [
      "a relative working directory",
      { path: "/bin/true", workingDirectory: "tmp" },
      undefined,
      "relativePath",
    ],
    [
      "an empty working directory (guest default)",
      { path: "/bin/true", workingDirectory: "" },
      undefined,
      undefined,
    ],
    [
      "startMinimized on a Linux guest",
      { path: "/bin/true", startMinimized: true },
      "linux",
      "startMinimizedNotWindows",
    ],
    [
      "startMinimized on a Windows guest",
      { path: "C:\\x.exe", startMinimized: true },
      "windows",
      undefined,
    ],
    [
      "startMinimized on a guest of unknown family",
      { path: "/bin/true", startMinimized: true },
      undefined,
      undefined,
    ],
    ["a Windows path on a Linux guest", { path: "C:\\x.exe" }, "linux", "relativePath"],
    ["an env name with =", { path: "/bin/true", env: { "A=B": "1" } }, undefined, "invalidEnv"],
    ["an empty env name", { path: "/bin/true", env: { "": "1" } }, undefined, "invalidEnv"],
    [
      "an env value that is not a string",
      { path: "/bin/true", env: { A: 1 as unknown as string } },
      undefined,
      "invalidEnv",
    ],
    [
      "an env that is an array",
      { path: "/bin/true", env: [] as unknown as Record<string, string> },
      undefined,
      "invalidEnv",
    ],
    ["arguments with NUL", { path: "/bin/true", arguments: "a\0b" }, undefined, "invalidValue"],
  ])("judges %s", (_what, spec, family, reason) => {
    expect(reasonOf(() => checkProcessSpec("vm-1", spec, family))).toBe(reason);
  });

  test("never quotes env values in its messages", () => {
    let message = "";
    try {
      checkProcessSpec(
        "vm-1",
        { path: "/bin/true", env: { "DB_PASSWORD=hunter22": "x" } },
        undefined,
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('fix "DB_PASSWORD"');
    expect(message).not.toContain("hunter22");
  });
});

describe("checkVm and checkPid", () => {
  test.each([[""], ["   "], [undefined], [42]])("refuses the VM id %j", (vm) => {
    expect(reasonOf(() => checkVm("getProcess", vm))).toBe("invalidVm");
  });

  test.each([[1.5], [-1], [Number.NaN], ["12"], [2 ** 60]])("refuses the pid %j", (pid) => {
    expect(reasonOf(() => checkPid("getProcess", "vm-1", pid))).toBe("invalidPid");
  });

  test("accepts pid 0 (the dry-run pid)", () => {
    expect(reasonOf(() => checkPid("getProcess", "vm-1", 0))).toBeUndefined();
  });
});
