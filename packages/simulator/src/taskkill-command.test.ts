import { describe, expect, test } from "vitest";
import { parseTaskkillCommand } from "./taskkill-command.js";

const TASKKILL = "C:\\Windows\\System32\\taskkill.exe";
const CMD = "C:\\Windows\\System32\\cmd.exe";

describe("parseTaskkillCommand", () => {
  test.each([
    ["poll's terminator", TASKKILL, "/PID 4100 /T /F", { pids: [4100], tree: true, force: true }],
    [
      "any case",
      "c:\\WINDOWS\\system32\\TASKKILL.EXE",
      "/pid 8 /f",
      { pids: [8], tree: false, force: true },
    ],
    [
      "no extension, / separators",
      "C:/Windows/System32/taskkill",
      "/PID 8",
      { pids: [8], tree: false, force: false },
    ],
    [
      "SysWOW64",
      "D:\\Windows\\SysWOW64\\taskkill.exe",
      "-PID 8 -F",
      { pids: [8], tree: false, force: true },
    ],
    ["repeated /PID", TASKKILL, "/F /PID 8 /PID 12", { pids: [8, 12], tree: false, force: true }],
    ["cmd.exe /c", CMD, "/c taskkill /PID 8 /T /F", { pids: [8], tree: true, force: true }],
    [
      "cmd.exe /d /s /c with quotes",
      CMD,
      '/d /s /c "taskkill.exe /PID 8 /F"',
      { pids: [8], tree: false, force: true },
    ],
    [
      "cmd.exe /c with the full quoted path",
      CMD,
      `/C "${TASKKILL}" /PID 8`,
      { pids: [8], tree: false, force: false },
    ],
  ])("recognizes %s", (_, path, args, expected) => {
    expect(parseTaskkillCommand(path, args)).toEqual(expected);
  });

  test.each([
    ["another program", CMD, "/PID 8 /F"],
    ["a taskkill.exe outside the system directory", "C:\\Tools\\taskkill.exe", "/PID 8 /F"],
    ["/IM (not emulated)", TASKKILL, "/IM notepad.exe /F"],
    ["no /PID", TASKKILL, "/T /F"],
    ["a pid that is not a number", TASKKILL, "/PID abc /F"],
    ["a remote /S", TASKKILL, "/S host /PID 8 /F"],
    [
      "a chained cmd.exe line (poll's wrapper)",
      CMD,
      '/d /s /c "set GUESTOPS_RUN=r1&& taskkill /PID 8"',
    ],
    ["a redirected cmd.exe line", CMD, "/c taskkill /PID 8 /F >NUL"],
    ["cmd.exe /k (stays open)", CMD, "/k taskkill /PID 8 /F"],
    ["cmd.exe without /c", CMD, "taskkill /PID 8 /F"],
  ])("leaves %s to the ordinary emulation", (_, path, args) => {
    expect(parseTaskkillCommand(path, args)).toBeUndefined();
  });
});
