import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  checkLinuxProgram,
  checkWindowsProgram,
  checkWorkingDirectory,
  programName,
} from "./program-check.js";

let dir: string;
const root = { username: "root", password: "x" };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "program-check-"));
  await writeFile(join(dir, "script.sh"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
  await writeFile(join(dir, "plain.txt"), "hello\n", { mode: 0o644 });
  await writeFile(join(dir, "garbage"), "not a program\n", { mode: 0o755 });
  await chmod(join(dir, "script.sh"), 0o755);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function errorOf(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("checkLinuxProgram", () => {
  test("accepts an ELF binary and a #! script", async () => {
    await expect(checkLinuxProgram("/bin/sh", root)).resolves.toBeUndefined();
    await expect(checkLinuxProgram(join(dir, "script.sh"), root)).resolves.toBeUndefined();
  });

  test.each([
    ["a relative path", () => "bin/sh", "INVALID_ARGUMENT"],
    ["a missing program", () => join(dir, "missing"), "NOT_FOUND"],
    ["a directory", () => dir, "INVALID_ARGUMENT"],
    ["a file without an execute bit", () => join(dir, "plain.txt"), "UNAUTHORIZED"],
    ["an executable that is no program", () => join(dir, "garbage"), "UNABLE_TO_ALLOCATE_RESOURCE"],
  ])("answers %s with %s", async (_label, path, errorType) => {
    expect(await errorOf(checkLinuxProgram(path(), root))).toMatchObject({ errorType });
  });

  test("answers 404 with FileErrorDetails for a missing program", async () => {
    const path = join(dir, "missing");
    expect(await errorOf(checkLinuxProgram(path, root))).toMatchObject({
      data: { reason: "FILE_NOT_FOUND", file_path: path },
    });
  });

  test("refuses a program outside the user's allowed prefixes, also through ..", async () => {
    const app = { username: "app", password: "x", allowedPrograms: ["/usr/bin/"] };
    await expect(checkLinuxProgram("/usr/bin/env", app)).resolves.toBeUndefined();
    for (const path of ["/bin/sh", "/usr/bin/../../bin/sh"]) {
      expect(await errorOf(checkLinuxProgram(path, app))).toMatchObject({
        errorType: "UNAUTHORIZED",
      });
    }
  });
});

describe("checkWorkingDirectory", () => {
  test("accepts an existing directory and refuses files, missing and relative paths", async () => {
    await expect(checkWorkingDirectory(dir)).resolves.toBeUndefined();
    for (const path of [join(dir, "plain.txt"), join(dir, "nope"), "relative"]) {
      expect(await errorOf(checkWorkingDirectory(path))).toMatchObject({
        errorType: "INVALID_ARGUMENT",
      });
    }
  });
});

describe("checkWindowsProgram", () => {
  test("accepts drive and UNC paths", () => {
    expect(() => checkWindowsProgram("C:\\Windows\\System32\\cmd.exe")).not.toThrow();
    expect(() => checkWindowsProgram("\\\\server\\share\\x.exe")).not.toThrow();
  });

  test("answers 404 for a POSIX path and 400 for a relative one", () => {
    expect(() => checkWindowsProgram("/bin/sh")).toThrow(
      expect.objectContaining({ errorType: "NOT_FOUND" }),
    );
    expect(() => checkWindowsProgram("cmd.exe")).toThrow(
      expect.objectContaining({ errorType: "INVALID_ARGUMENT" }),
    );
  });
});

describe("programName", () => {
  test("takes the last component on either OS", () => {
    expect(programName("/usr/bin/env", false)).toBe("env");
    expect(programName("C:\\Windows\\System32\\cmd.exe", true)).toBe("cmd.exe");
  });
});
