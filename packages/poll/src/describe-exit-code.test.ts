import { describe, expect, test } from "vitest";
import { describeExitCode, type GuestFamily } from "./describe-exit-code.js";

describe("describeExitCode", () => {
  test.each<[number, GuestFamily, string]>([
    [0, "linux", "exited with code 0"],
    [1, "linux", "exited with code 1"],
    [2, "linux", "exited with code 2"],
    [126, "linux", "exited with code 126 (command found but not executable)"],
    [127, "linux", "exited with code 127 (command not found)"],
    [128, "linux", "exited with code 128"],
    [130, "linux", "killed by SIGINT (exit code 130)"],
    [137, "linux", "killed by SIGKILL (exit code 137)"],
    [139, "linux", "killed by SIGSEGV (exit code 139)"],
    [143, "linux", "killed by SIGTERM (exit code 143)"],
    [162, "linux", "killed by signal 34 (exit code 162)"],
    [255, "linux", "exited with code 255"],
    [-1, "linux", "exited with code -1"],
    [0, "windows", "exited with code 0"],
    [1, "windows", "exited with code 1"],
    [137, "windows", "exited with code 137"],
    [9009, "windows", "exited with code 9009 (command not found by cmd.exe)"],
    [-1073741819, "windows", "crashed: 0xC0000005 STATUS_ACCESS_VIOLATION (exit code -1073741819)"],
    [0xc0000005, "windows", "crashed: 0xC0000005 STATUS_ACCESS_VIOLATION (exit code 3221225477)"],
    [-1073741510, "windows", "crashed: 0xC000013A STATUS_CONTROL_C_EXIT (exit code -1073741510)"],
    [
      -1073740791,
      "windows",
      "crashed: 0xC0000409 STATUS_STACK_BUFFER_OVERRUN (exit code -1073740791)",
    ],
    [-1073741823, "windows", "exited with code 0xC0000001 (-1073741823)"],
    [-1, "windows", "exited with code 0xFFFFFFFF (-1)"],
    [-2147483645, "windows", "exited with code -2147483645"],
  ])("describes %i on %s as %j", (code, family, text) => {
    expect(describeExitCode(code, family)).toBe(text);
  });
});
