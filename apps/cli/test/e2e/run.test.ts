// End to end: the built bin, spawned as users run it, against a simulator in this process.
import type { ChildProcess } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { alive } from "../host-process.js";
import { SECRETS, startTestSimulator } from "../simulator.js";
import { spawnGuestops } from "../spawn-cli.js";

let sim: Awaited<ReturnType<typeof startTestSimulator>>;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim?.stop());

function expectNoSecret(...texts: (string | Buffer)[]) {
  for (const text of texts)
    for (const secret of SECRETS) expect(String(text)).not.toContain(secret);
}

describe("one VM", () => {
  test("passes the guest's stdout and stderr through byte for byte, and its exit code", async () => {
    const { status, stdout, stderr } = await spawnGuestops(
      [
        "run",
        "--vm",
        "web-01",
        "--",
        "/bin/sh",
        "-c",
        "printf 'caf\\303\\251\\000\\r\\ttab'; printf 'to stderr\\n' >&2; exit 7",
      ],
      sim.env,
    );
    expect(stdout).toEqual(
      Buffer.from([0x63, 0x61, 0x66, 0xc3, 0xa9, 0x00, 0x0d, 0x09, 0x74, 0x61, 0x62]),
    );
    expect(stderr).toBe("to stderr\n");
    expect(status).toBe(7);
  });

  test("passes output that is not UTF-8 through unchanged", async () => {
    const { status, stdout } = await spawnGuestops(
      ["run", "--vm", "web-01", "--", "/usr/bin/printf", "\\377\\376latin1:\\351"],
      sim.env,
    );
    expect(stdout).toEqual(Buffer.from([0xff, 0xfe, ...Buffer.from("latin1:"), 0xe9]));
    expect(status).toBe(0);
  });

  test("passes arguments, environment, working directory and stdin to the program", async () => {
    const { status, stdout } = await spawnGuestops(
      [
        "run",
        "--vm",
        "web-01",
        "--env",
        "GREETING=hello world",
        "--cwd",
        "/tmp",
        "--stdin",
        "-",
        "--",
        "/bin/sh",
        "-c",
        'echo "$GREETING|$(pwd)|$1"; cat',
        "sh",
        "it's an arg",
      ],
      sim.env,
      { stdin: "piped input\n" },
    );
    expect(stdout.toString()).toBe(`hello world|/tmp|it's an arg\npiped input\n`);
    expect(status).toBe(0);
  });

  test("prints one JSON object with --json, keeping the exit code as the status", async () => {
    const { status, stdout } = await spawnGuestops(
      ["run", "--vm", "web-01", "--json", "--", "/bin/sh", "-c", "echo out; echo err >&2; exit 3"],
      sim.env,
    );
    expect(status).toBe(3);
    const json = JSON.parse(stdout.toString());
    expect(json).toMatchObject({
      vm: "web-01",
      vmId: "vm-101",
      status: "exited",
      exitCode: 3,
      timedOut: false,
      outputCaptured: true,
      stdout: "out\n",
      stderr: "err\n",
      stdoutTruncated: false,
      stderrTruncated: false,
    });
    expect(json.pid).toEqual(expect.any(Number));
    expect(Date.parse(json.startedAt)).not.toBeNaN();
    expect(stdout.toString().trim().split("\n")).toHaveLength(1);
  });

  test("runs on a Windows VM with --start-minimized", async () => {
    const { status, stderr } = await spawnGuestops(
      [
        "run",
        "--vm",
        "win-01",
        "--guest-user",
        "Administrator",
        "--start-minimized",
        "--",
        "C:\\Windows\\System32\\cmd.exe",
        "/c",
        "ver",
      ],
      { ...sim.env, GUESTOPS_GUEST_PASSWORD: "win-Pa55word-frotz" },
    );
    expect(stderr).not.toMatch(/failed/);
    expect(status).toBe(0);
    const record = sim.sim.stats.processes.at(-1);
    expect(record).toMatchObject({ vm: "vm-201", emulated: true });
  });

  test("exits 124 after --timeout, with the guest program terminated", async () => {
    const before = sim.sim.stats.processes.length;
    const started = Date.now();
    const { status, stderr } = await spawnGuestops(
      ["run", "--vm", "web-02", "--timeout", "1s", "--", "/bin/sleep", "300"],
      sim.env,
    );
    expect(status).toBe(124);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(stderr).toMatch(
      /guestops: run on web-02 timed out after 1s: the guest program \(pid \d+\) was terminated/,
    );
    const sleeps = sim.sim.stats.processes
      .slice(before)
      .filter((p) => p.arguments.includes("300") || p.path.includes("sleep"));
    expect(sleeps.length).toBeGreaterThan(0);
    for (const record of sleeps) expect(record.finishedAt).toBeDefined();
  });

  test("exits 130 on Ctrl-C, with the guest program terminated first", async () => {
    const before = sim.sim.stats.processes.length;
    const { status, stderr } = await spawnGuestops(
      ["run", "--vm", "web-02", "--", "/bin/sleep", "301"],
      sim.env,
      {
        whileRunning: (child) => {
          const started = setInterval(() => {
            if (sim.sim.stats.processes.slice(before).some((p) => p.finishedAt === undefined)) {
              clearInterval(started);
              child.kill("SIGINT");
            }
          }, 50);
        },
      },
    );
    expect(status).toBe(130);
    expect(stderr).toContain("guestops: interrupted");
    expect(stderr).toMatch(/run on web-02 interrupted: the guest program.* was terminated/);
    const records = sim.sim.stats.processes.slice(before);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(record.finishedAt).toBeDefined();
  });

  test("prints what the program wrote before Ctrl-C, then ends it, its children and its temp files", async () => {
    const path = join(sim.sim.inventory.homeDir("vm-102", "root"), "e2e-interrupted.pid");
    await rm(path, { force: true });
    const guestopsFiles = async () =>
      (await sim.sim.inventory.tempFiles("vm-102")).filter((file) =>
        /[/\\]guestops-[^/\\]*$/.test(file),
      );
    const filesBefore = await guestopsFiles();
    let pids: number[] = [];
    const { status, stdout, stderr } = await spawnGuestops(
      [
        "run",
        "--vm",
        "web-02",
        "--",
        "/bin/sh",
        "-c",
        "echo started; /bin/sleep 81 & echo $$ $! > e2e.tmp; mv e2e.tmp e2e-interrupted.pid; wait",
      ],
      sim.env,
      {
        whileRunning: (child) => {
          const started = setInterval(async () => {
            pids = (await readFile(path, "utf8").catch(() => "")).trim().split(/\s+/).map(Number);
            if (pids.length === 2 && pids.every((pid) => pid > 0)) {
              clearInterval(started);
              child.kill("SIGINT");
            }
          }, 50);
        },
      },
    );
    expect(stdout.toString()).toBe("started\n");
    expect(status).toBe(130);
    expect(stderr).toMatch(
      /run on web-02 interrupted: the guest program \(pid \d+\) was terminated/,
    );
    expect(pids).toHaveLength(2);
    for (const pid of pids) await expect.poll(() => alive(pid), { timeout: 15_000 }).toBe(false);
    expect(await guestopsFiles()).toEqual(filesBefore);
  });

  test("passes a death by signal through as 128 + n, and says which signal", async () => {
    const { status, stderr } = await spawnGuestops(
      ["run", "--vm", "web-01", "--", "/bin/sh", "-c", "kill -SEGV $$"],
      sim.env,
    );
    expect(status).toBe(139);
    expect(stderr).toMatch(/^guestops: note: the program on web-01 .*SIGSEGV/m);
  });

  test("exits 127 with bash's message and a note when the program does not exist", async () => {
    const { status, stderr } = await spawnGuestops(
      ["run", "--vm", "web-01", "--", "/no/such/program"],
      sim.env,
    );
    expect(status).toBe(127);
    expect(stderr).toContain("/no/such/program: No such file or directory");
    expect(stderr).toMatch(
      /guestops: note: the program on web-01 exited with code 127 \(command not found\)/,
    );
  });

  test("decodes an exit code that cannot be an exit status, and exits 1", async () => {
    const { status, stderr } = await spawnGuestops(
      ["run", "--vm", "win-crash", "--guest-user", "Administrator", "--", "C:\\app.exe"],
      { ...sim.env, GUESTOPS_GUEST_PASSWORD: "win-Pa55word-frotz" },
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /run on win-crash: the program .*0xC0000005.*; that is not an exit status \(0-255\), so guestops exits 1/,
    );
  });
});

describe("a reader that goes away (| head -1)", () => {
  /** Closes our end of the bin's stdout after its first line, as `head -1` does. */
  const closeStdoutAfterFirstLine = (child: ChildProcess) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.includes(10)) child.stdout?.destroy();
    });
  };

  test("stops quietly with 141, like a tool killed by SIGPIPE", async () => {
    const { status, stdout, stderr } = await spawnGuestops(
      ["run", "--vm", "web-01", "--", "/bin/sh", "-c", "seq 1 100000"],
      sim.env,
      { whileRunning: closeStdoutAfterFirstLine },
    );
    expect(stdout.toString()).toMatch(/^1\n/);
    expect(stderr).toBe("");
    expect(status).toBe(141);
  });

  test("in a fleet, terminates the programs still running and removes their temp files", async () => {
    const before = sim.sim.stats.processes.length;
    const tempFilesBefore = await sim.sim.inventory.tempFiles("vm-102");
    const { status, stderr } = await spawnGuestops(
      [
        "run",
        "--vm",
        "web-01",
        "--vm",
        "web-02",
        "--",
        "/bin/sh",
        "-c",
        // web-01 (its HOME is under vm-101) floods stdout at once; web-02 is still sleeping then.
        "case $HOME in */vm-101/*) seq 1 100000;; *) /bin/sleep 141;; esac",
      ],
      sim.env,
      { whileRunning: closeStdoutAfterFirstLine },
    );
    expect(stderr).not.toMatch(/EPIPE|internal error|\n\s+at /);
    expect(status).toBe(141);
    const records = sim.sim.stats.processes.slice(before).filter((p) => p.vm === "vm-102");
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(record.finishedAt).toBeDefined();
    expect(await sim.sim.inventory.tempFiles("vm-102")).toEqual(tempFilesBefore);
  });
});

describe("every seed error gets one line: what failed, on which VM, why, what to do", () => {
  test.each<[string, string[], Record<string, string>, RegExp, number]>([
    [
      "Tools not running",
      ["--vm", "tools-down-01", "--", "/bin/true"],
      {},
      /run on tools-down-01 failed.*VMware Tools is not running.*start/i,
      1,
    ],
    [
      "VM powered off",
      ["--vm", "off-01", "--", "/bin/true"],
      {},
      /run on off-01 failed.*POWERED_OFF.*power it on/,
      1,
    ],
    [
      "unknown VM",
      ["--vm", "no-such-vm", "--", "/bin/true"],
      {},
      /run on no-such-vm failed while finding the VM: no VM is named or identified "no-such-vm"/,
      1,
    ],
    [
      "bad guest password",
      ["--vm", "web-01", "--", "/bin/true"],
      { GUESTOPS_GUEST_PASSWORD: "wrong-guest-pw" },
      /run on web-01 failed.*rejected the credentials.*check the guest credentials/,
      1,
    ],
    // Refused before anything is sent, like any invalid input: a usage error.
    [
      "start_minimized on Linux",
      ["--vm", "web-01", "--start-minimized", "--", "/bin/true"],
      {},
      /run on web-01 failed.*--start-minimized is for Windows guests only \(nothing was started\)/,
      2,
    ],
    [
      "program not accessible",
      ["--vm", "db-01", "--guest-user", "app", "--", "/bin/true"],
      {},
      /run on db-01 failed while starting the program: .*\(403 UNAUTHORIZED\): run as a guest user allowed/,
      1,
    ],
    [
      "Tools without guest operations",
      ["--vm", "old-tools-01", "--", "/bin/true"],
      {},
      /run on old-tools-01 failed.*(UNSUPPORTED|not support)/i,
      1,
    ],
  ])("%s", async (_name, args, env, message, expected) => {
    const { status, stdout, stderr } = await spawnGuestops(["run", ...args], {
      ...sim.env,
      ...env,
    });
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stdout.length).toBe(0);
    expect(status).toBe(expected);
    expectNoSecret(stderr);
  });

  test("path not found: a working directory that does not exist", async () => {
    const { status, stderr } = await spawnGuestops(
      ["run", "--vm", "web-01", "--cwd", "/no/such/dir", "--", "/bin/pwd"],
      sim.env,
    );
    expect(stderr).toMatch(
      /^guestops: run on web-01 failed while starting the program: .*\(400 INVALID_ARGUMENT\).*\/no\/such\/dir not found/,
    );
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(status).toBe(1);
  });

  test("path not executable: bash's message, a note, and 126", async () => {
    const { status, stderr } = await spawnGuestops(
      ["run", "--vm", "web-01", "--", "/etc/passwd"],
      sim.env,
    );
    expect(stderr).toMatch(
      /guestops: note: the program on web-01 exited with code 126 \(command found but not executable\)/,
    );
    expect(status).toBe(126);
  });

  test("busy: retried, then explained", async () => {
    sim.sim.faults.setForVm("vm-102", { busy: { createProcess: 1000 } });
    try {
      const { status, stderr } = await spawnGuestops(
        ["run", "--vm", "web-02", "--", "/bin/true"],
        sim.env,
      );
      expect(stderr).toMatch(/run on web-02 failed.*busy/i);
      expect(status).toBe(1);
    } finally {
      sim.sim.faults.clear("vm-102");
    }
  });
});

describe("several VMs", () => {
  test("prints one JSON line per VM and a summary of which failed and why, exiting 1", async () => {
    const { status, stdout, stderr } = await spawnGuestops(
      [
        "run",
        "--vm",
        "web-01",
        "--vm",
        "web-02",
        "--vm",
        "tools-down-01",
        "--json",
        "--",
        "/bin/sh",
        "-c",
        "echo up",
      ],
      sim.env,
    );
    expect(status).toBe(1);
    const lines = stdout
      .toString()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.vm).sort()).toEqual(["tools-down-01", "web-01", "web-02"]);
    expect(lines.find((line) => line.vm === "web-01")).toMatchObject({
      status: "exited",
      exitCode: 0,
      stdout: "up\n",
    });
    expect(lines.find((line) => line.vm === "tools-down-01")).toMatchObject({
      status: "failed_to_start",
      error: { message: expect.stringMatching(/Tools is not running/) },
    });
    expect(stderr).toContain("guestops: 3 VMs: 2 exited 0, 1 failed");
    expect(stderr).toMatch(/^ {2}tools-down-01: did not start: .*Tools is not running/m);
  });

  test("prints each VM's output with its name and exits 0 when all exited 0", async () => {
    const { status, stdout, stderr } = await spawnGuestops(
      ["run", "--vms-from", "-", "--", "/bin/sh", "-c", "echo one; echo two"],
      sim.env,
      { stdin: "web-01\n# a comment\nweb-02\n" },
    );
    expect(status).toBe(0);
    const out = stdout.toString();
    expect(out).toContain("web-01: one\nweb-01: two\n");
    expect(out).toContain("web-02: one\nweb-02: two\n");
    expect(stderr).toMatch(/guestops: web-01: ok exit 0/);
    expect(stderr).toContain("guestops: 2 VMs: all 2 exited 0");
  });

  test("exits 1 when one VM exits non-zero, naming it and its code", async () => {
    const { status, stderr } = await spawnGuestops(
      [
        "run",
        "--vm",
        "web-01",
        "--vm",
        "db-01",
        "--",
        "/bin/sh",
        "-c",
        'test "$(hostname)" = never',
      ],
      sim.env,
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/^ {2}web-01: exit 1$/m);
  });
});

describe("dry run, govc variables and secrets", () => {
  test("--dry-run prints the requests and the simulator sees no call at all", async () => {
    sim.sim.stats.reset();
    const { status, stdout } = await spawnGuestops(
      [
        "run",
        "--dry-run",
        "--vm",
        "web-01",
        "--env",
        "TOKEN=abc",
        "--",
        "/usr/bin/printenv",
        "TOKEN",
      ],
      sim.env,
    );
    expect(status).toBe(0);
    const text = stdout.toString();
    expect(text).toMatch(
      /^# dry run: \d+ requests would be sent \(secrets redacted\); nothing was sent/,
    );
    expect(text).toMatch(/POST \S+\/guest\/processes\?action=create {2}# createProcess/);
    expect(text).toContain('"password":"[redacted]"');
    expectNoSecret(text);
    expect(sim.sim.stats.calls).toEqual({});
    expect(sim.sim.stats.logins).toBe(0);
    expect(sim.sim.stats.processes).toHaveLength(0);
  });

  test("honours GOVC_URL, GOVC_TLS_CA_CERTS and GOVC_GUEST_LOGIN", async () => {
    const url = new URL(sim.env.GUESTOPS_URL ?? "");
    const { status, stdout } = await spawnGuestops(
      ["run", "--vm", "web-01", "--", "/bin/echo", "govc style"],
      {
        GOVC_URL: `administrator@vsphere.local:${sim.env.GUESTOPS_PASSWORD}@${url.host}/sdk`,
        GOVC_TLS_CA_CERTS: sim.caFile,
        GOVC_GUEST_LOGIN: `root:${sim.env.GUESTOPS_GUEST_PASSWORD}`,
      },
    );
    expect(stdout.toString()).toBe("govc style\n");
    expect(status).toBe(0);
  });

  test("never shows a password in its own argv, in any output, or in --verbose trails", async () => {
    const { GUESTOPS_PASSWORD: vc, GUESTOPS_GUEST_PASSWORD: guest, ...env } = sim.env;
    let argv = "";
    const { status, stdout, stderr } = await spawnGuestops(
      [
        "run",
        "--verbose",
        "--password-stdin",
        "--guest-password-stdin",
        "--vm",
        "web-01",
        "--vm",
        "tools-down-01",
        "--json",
        "--",
        "/bin/sh",
        "-c",
        "sleep 0.5; echo done",
      ],
      env,
      {
        stdin: `${vc}\n${guest}\n`,
        whileRunning: (child) => {
          setTimeout(async () => {
            const { readFile } = await import("node:fs/promises");
            argv = await readFile(`/proc/${child.pid}/cmdline`, "utf8").catch(() => "");
          }, 200);
        },
      },
    );
    expect(status).toBe(1);
    expect(argv).toContain("--password-stdin");
    expectNoSecret(argv, stdout, stderr);
    expect(stderr).toContain("request trail");
  });

  test("refuses --password before doing anything, saying how to pass it", async () => {
    sim.sim.stats.reset();
    const { status, stderr } = await spawnGuestops(
      ["run", "--vm", "web-01", "--password", "hunter22", "--", "/bin/true"],
      sim.env,
    );
    expect(status).toBe(2);
    expect(stderr).toMatch(/--password is not accepted.*GUESTOPS_PASSWORD.*--password-stdin/);
    expect(stderr).not.toContain("hunter22");
    expect(sim.sim.stats.calls).toEqual({});
  });
});
