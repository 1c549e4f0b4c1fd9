import { isInvalidRequestError, isVcenterApiError } from "@guestops/client";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { runProcess } from "../src/run-process.js";
import { startRun } from "../src/start-run.js";
import { ADMINISTRATOR, ROOT, startWorld, type World } from "./world.js";

let world: World;
beforeAll(async () => {
  world = await startWorld({
    inventory: {
      vms: [
        { id: "vm-201", name: "win-01", guestFamily: "WINDOWS" },
        {
          id: "vm-202",
          name: "win-crash",
          guestFamily: "WINDOWS",
          emulation: { exitCode: -1073741819, durationMs: 200 },
        },
        { id: "vm-203", name: "lin-01" },
      ],
    },
  });
});
afterAll(() => world.stop());
afterEach(() => world.sim.stats.reset());

describe("runs on a Windows guest (emulated)", () => {
  test("starts the program through cmd.exe with each argument quoted for cmd.exe and the program", async () => {
    const result = await runProcess(world.client, {
      vm: "win-01",
      path: "C:\\Program Files\\Report\\report.exe",
      args: ["a & b", "50%", 'say "hi"', "C:\\dir with space\\", "plain"],
      credentials: ADMINISTRATOR,
    });
    expect(result).toMatchObject({ status: "exited", exitCode: 0, outputCaptured: true });
    const [record] = world.sim.stats.processes;
    expect(record?.path).toBe("C:\\Windows\\System32\\cmd.exe");
    const out = /^.*>"([^"]+)" 2>"([^"]+)""$/.exec(record?.arguments ?? "");
    expect(out).not.toBeNull();
    expect(record?.arguments).toBe(
      `/d /s /c "set GUESTOPS_RUN=${result.runId}&& ` +
        '^"C:\\Program^ Files\\Report\\report.exe^" ^"a^ ^&^ b^" ^"50^%^" ^"say^ \\^"hi\\^"^" ^"C:\\dir^ with^ space\\\\^" plain' +
        ` <NUL >"${out?.[1]}" 2>"${out?.[2]}""`,
    );
    expect(out?.[1]).toMatch(new RegExp(`guestops-${result.runId}-[0-9a-f]+\\.out$`));
  });

  test("shows an NTSTATUS exit code in hex with its name", async () => {
    const result = await runProcess(world.client, {
      vm: "win-crash",
      path: "C:\\Tools\\crash.exe",
      capture: false,
      credentials: ADMINISTRATOR,
    });
    expect(result).toMatchObject({
      status: "exited",
      exitCode: -1073741819,
      exitDescription: "crashed: 0xC0000005 STATUS_ACCESS_VIOLATION (exit code -1073741819)",
    });
  });

  test("refuses a command line over cmd.exe's 8191 characters before starting anything", async () => {
    const run = runProcess(world.client, {
      vm: "win-01",
      path: "C:\\Tools\\x.exe",
      args: ["y".repeat(8000)],
      credentials: ADMINISTRATOR,
    });
    await expect(run).rejects.toSatisfy(isInvalidRequestError);
    await expect(run).rejects.toThrow(/over cmd.exe's limit of 8191/);
    expect(world.sim.stats.callsOf("createProcess")).toBe(0);
    expect(world.sim.stats.callsOf("createTemporaryFile")).toBe(0);
  });

  test("passes startMinimized through on Windows", async () => {
    const result = await runProcess(world.client, {
      vm: "win-01",
      path: "C:\\Windows\\notepad.exe",
      startMinimized: true,
      capture: false,
      credentials: ADMINISTRATOR,
    });
    expect(result.status).toBe("exited");
  });
});

describe("a path of the other guest family", () => {
  test("a POSIX path on a Windows guest fails to start naming the program and saying the guest may be Windows", async () => {
    const result = await runProcess(world.client, {
      vm: "win-01",
      path: "/usr/bin/uptime",
      credentials: ADMINISTRATOR,
    });
    expect(result.status).toBe("failed_to_start");
    expect(result.exitDescription).toContain(
      'did not start: createProcess: /usr/bin/uptime was not started in vm-201: guestops starts a Linux path through /bin/bash, which the guest does not have, so the guest may be Windows (404 NOT_FOUND): give the program\'s Windows path (C:\\...) or set guestFamily: "windows"',
    );
    // Still vCenter's NOT_FOUND, for whoever decides on the error's type.
    expect(isVcenterApiError(result.error)).toBe(true);
    expect(result.error).toMatchObject({ status: 404, errorType: "NOT_FOUND" });
    expect(world.sim.stats.callsOf("getVm")).toBe(0);
    expect(await world.sim.inventory.tempFiles("vm-201")).toEqual([]);
  });

  test("startRun throws the same explanation", async () => {
    await expect(
      startRun(world.client, {
        vm: "win-01",
        path: "/opt/x",
        capture: false,
        credentials: ADMINISTRATOR,
      }),
    ).rejects.toThrow(
      "/opt/x was not started in vm-201: guestops starts a Linux path through /bin/sh",
    );
  });

  test("a drive path on a Linux guest fails to start saying the guest may be Linux", async () => {
    const result = await runProcess(world.client, {
      vm: "lin-01",
      path: "C:\\Tools\\x.exe",
      credentials: ROOT,
    });
    expect(result.status).toBe("failed_to_start");
    expect(result.exitDescription).toContain(
      "C:\\Tools\\x.exe was not started in vm-203: guestops starts a Windows path through C:\\Windows\\System32\\cmd.exe, which the guest refused, so the guest may be Linux",
    );
  });
});
