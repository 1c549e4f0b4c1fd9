import { describe, expect, test } from "vitest";
import { compileGlob } from "./glob.js";
import { parsePolicy } from "./policy.js";
import { checkResolvedVm, checkStartRequest } from "./policy-check.js";

const policy = parsePolicy({
  vms: ["web-*", "vm-42", "db-0?"],
  programs: ["/usr/bin/systemctl", "C:\\Windows\\System32\\cmd.exe"],
  maxTimeoutMs: 1000,
});
const ok = { vm: "web-01", path: "/usr/bin/systemctl" };

describe("policy", () => {
  test.each([
    ["a name matching a glob", ok],
    ["a listed id", { ...ok, vm: "vm-42" }],
    ["a single-character wildcard", { ...ok, vm: "db-01" }],
    ["a Windows program path", { ...ok, path: "C:\\Windows\\System32\\cmd.exe" }],
    ["the longest timeout", { ...ok, timeoutMs: 1000 }],
  ])("allows %s", (_, request) => {
    expect(checkStartRequest(policy, request)).toEqual({ allowed: true });
  });

  test.each([
    ["an id that is only a name glob's match", { ...ok, vm: "vm-420" }, "vm"],
    ["a name that only matches as a prefix", { ...ok, vm: "xweb-01" }, "vm"],
    ["a program in another directory", { ...ok, path: "/tmp/systemctl" }, "program"],
    ["a program with a trailing space", { ...ok, path: "/usr/bin/systemctl " }, "program"],
    ["a longer timeout", { ...ok, timeoutMs: 1001 }, "maxTimeoutMs"],
    ["env", { ...ok, env: {} }, "env"],
    ["a working directory", { ...ok, workingDirectory: "/" }, "workingDirectory"],
  ])("denies %s", (_, request, word) => {
    expect(checkStartRequest(policy, request)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining(word),
    });
  });

  test("checks a resolved VM by id or by name", () => {
    expect(checkResolvedVm(policy, { id: "vm-42" }).allowed).toBe(true);
    expect(checkResolvedVm(policy, { id: "vm-1", name: "web-9" }).allowed).toBe(true);
    expect(checkResolvedVm(policy, { id: "vm-1", name: "mail" })).toMatchObject({ allowed: false });
    // An entry that looks like an id never matches a VM that is merely named like one.
    expect(checkResolvedVm(policy, { id: "vm-7", name: "vm-42" }).allowed).toBe(false);
  });

  test("reads glob metacharacters other than * and ? literally", () => {
    expect(compileGlob("a.b(c)+").test("a.b(c)+")).toBe(true);
    expect(compileGlob("a.b").test("axb")).toBe(false);
    expect(compileGlob("web-*").test("web-\nx")).toBe(true);
  });

  test("defaults env and working directory to denied", () => {
    const parsed = parsePolicy({ vms: [], programs: [], maxTimeoutMs: 1 });
    expect(parsed.allowEnv).toBe(false);
    expect(parsed.allowWorkingDirectory).toBe(false);
  });
});
