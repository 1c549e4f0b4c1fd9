import { mkdir, mkdtemp, realpath, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { confineGuestPath } from "./guest-paths.js";

let vmDir: string;

beforeAll(async () => {
  vmDir = await realpath(await mkdtemp(join(tmpdir(), "guest-paths-")));
  await mkdir(join(vmDir, "tmp"));
  await symlink("/etc", join(vmDir, "tmp", "escape"));
});

afterAll(async () => {
  await rm(vmDir, { recursive: true, force: true });
});

async function errorTypeOf(path: string): Promise<unknown> {
  return confineGuestPath(vmDir, path).then(
    () => "ok",
    (error: { errorType?: string }) => error.errorType,
  );
}

describe("confineGuestPath", () => {
  test("accepts paths inside the VM directory, existing or not", async () => {
    await expect(confineGuestPath(vmDir, join(vmDir, "tmp", "new.txt"))).resolves.toBe(
      join(vmDir, "tmp", "new.txt"),
    );
    await expect(confineGuestPath(vmDir, `${vmDir}/tmp/../tmp/x`)).resolves.toBe(
      join(vmDir, "tmp", "x"),
    );
  });

  test.each([
    ["a host file", "/etc/passwd"],
    ["a climb out with ..", "VM/../../etc/passwd"],
    ["a symlink out", "VM/tmp/escape/passwd"],
    ["a sibling with the same prefix", "VM-other/x"],
  ])("refuses %s with UNAUTHORIZED", async (_label, template) => {
    expect(await errorTypeOf(template.replace("VM", vmDir))).toBe("UNAUTHORIZED");
  });

  test("refuses a relative path with INVALID_ARGUMENT", async () => {
    expect(await errorTypeOf("tmp/x")).toBe("INVALID_ARGUMENT");
  });
});
