import { describe, expect, test } from "vitest";
import {
  guestFamilyOf,
  readPid,
  readProcessList,
  readString,
  readTools,
  readVmList,
  toWireSpec,
  unwrap,
} from "./flavor-adapter.js";

describe("flavor adapter", () => {
  test("passes /api results through and unwraps /rest value", () => {
    expect(unwrap("api", [1])).toEqual([1]);
    expect(unwrap("rest", { value: [1] })).toEqual([1]);
    expect(unwrap("rest", [1])).toBeUndefined();
  });

  test("turns env into a map for /api and a key/value list for /rest", () => {
    const spec = { path: "/bin/env", env: { PATH: "/bin", LANG: "C" } };
    expect(toWireSpec("api", spec)).toEqual({
      path: "/bin/env",
      environment_variables: { PATH: "/bin", LANG: "C" },
    });
    expect(toWireSpec("rest", spec)).toEqual({
      path: "/bin/env",
      environment_variables: [
        { key: "PATH", value: "/bin" },
        { key: "LANG", value: "C" },
      ],
    });
  });

  test("omits unset fields on /api and always sends the env list on /rest", () => {
    expect(toWireSpec("api", { path: "/x", startMinimized: false })).toEqual({ path: "/x" });
    expect(toWireSpec("rest", { path: "/x" })).toEqual({ path: "/x", environment_variables: [] });
    expect(
      toWireSpec("api", { path: "C:\\x.exe", startMinimized: true, workingDirectory: "C:\\" }),
    ).toEqual({
      path: "C:\\x.exe",
      start_minimized: true,
      working_directory: "C:\\",
    });
  });

  test.each([
    ["api", 1234, 1234],
    ["rest", { value: 1234 }, 1234],
    ["api", "1234", undefined],
    ["api", 1.5, undefined],
    ["rest", 1234, undefined],
  ] as const)("reads the pid of a %s answer %j as %s", (flavor, data, pid) => {
    expect(readPid(flavor, data)).toBe(pid);
  });

  test("refuses a list with an entry that has no pid", () => {
    expect(readProcessList("api", [{ name: "x" }])).toBeUndefined();
  });

  test("reads VM summaries of both flavors into camelCase", () => {
    const vm = { vm: "vm-1", name: "web-01", power_state: "POWERED_ON", cpu_count: 2 };
    const want = [{ vm: "vm-1", name: "web-01", powerState: "POWERED_ON" }];
    expect(readVmList("api", [vm])).toEqual(want);
    expect(readVmList("rest", { value: [vm] })).toEqual(want);
  });

  test("reads Tools state into camelCase without snake_case leftovers", () => {
    expect(
      readTools({
        run_state: "RUNNING",
        upgrade_policy: "MANUAL",
        auto_update_supported: false,
        version: "12.3",
        version_status: "CURRENT",
      }),
    ).toEqual({
      runState: "RUNNING",
      upgradePolicy: "MANUAL",
      autoUpdateSupported: false,
      version: "12.3",
      versionStatus: "CURRENT",
    });
  });

  test("reads a string result of either flavor", () => {
    expect(readString("api", "x")).toBe("x");
    expect(readString("rest", { value: "x" })).toBe("x");
  });

  test.each([
    ["WINDOWS_9_SERVER_64", "windows"],
    ["WIN_2000_PRO", "windows"],
    ["UBUNTU_64", "linux"],
    ["RHEL_9_64", "linux"],
    ["OTHER_5X_LINUX_64", "linux"],
    ["VMWARE_PHOTON_64", "linux"],
    ["SOLARIS_11_64", "other"],
    ["OTHER_64", "other"],
  ])("puts guest OS %s in the %s family", (guestOs, family) => {
    expect(guestFamilyOf(guestOs)).toBe(family);
  });
});
