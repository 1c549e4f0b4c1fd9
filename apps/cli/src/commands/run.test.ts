import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runGuestops } from "../../test/run-cli.js";
import { SECRETS, startTestSimulator, WINDOWS_PASSWORD } from "../../test/simulator.js";

let sim: Awaited<ReturnType<typeof startTestSimulator>>;
const dir = mkdtempSync(join(tmpdir(), "guestops-run-test-"));
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim?.stop());

describe("one VM", () => {
  test("writes the guest's output to stdout and stderr and exits with its code", async () => {
    const { status, stdout, stderr } = await runGuestops(
      ["run", "--vm", "web-01", "--", "/bin/sh", "-c", "echo out; echo err >&2; exit 4"],
      sim.env,
    );
    expect(stdout).toBe("out\n");
    expect(stderr).toBe("err\n");
    expect(status).toBe(4);
  });

  test("runs a bare program name through the guest's PATH, as govc does", async () => {
    const { status, stdout } = await runGuestops(
      ["run", "--vm", "web-01", "--", "echo", "bare name"],
      sim.env,
    );
    expect(stdout).toBe("bare name\n");
    expect(status).toBe(0);
  });

  test("reports the exit code without output with --no-capture, and says so in --json", async () => {
    const before = sim.sim.stats.callsOf("createTemporaryFile");
    const { status, stdout } = await runGuestops(
      [
        "run",
        "--vm",
        "web-01",
        "--no-capture",
        "--json",
        "--",
        "/bin/sh",
        "-c",
        "echo hidden; exit 5",
      ],
      sim.env,
    );
    expect(status).toBe(5);
    expect(JSON.parse(stdout)).toMatchObject({
      status: "exited",
      exitCode: 5,
      outputCaptured: false,
      stdout: "",
    });
    expect(sim.sim.stats.callsOf("createTemporaryFile")).toBe(before);
  });

  test("copies a bare --env NAME from the local environment, and feeds --stdin from a file", async () => {
    const input = join(dir, "input.txt");
    writeFileSync(input, "from a file\n");
    const { status, stdout } = await runGuestops(
      [
        "run",
        "--vm",
        "web-01",
        "--env",
        "SECRET_TOKEN",
        "--env",
        "PATH=/usr/bin:/bin",
        "--stdin",
        input,
        "--",
        "/bin/sh",
        "-c",
        'echo "$SECRET_TOKEN"; cat',
      ],
      { ...sim.env, SECRET_TOKEN: "local-value" },
    );
    expect(stdout).toBe("local-value\nfrom a file\n");
    expect(status).toBe(0);
  });

  test("exits 124 after --timeout and terminates the guest program", async () => {
    const before = sim.sim.stats.processes.length;
    const { status, stderr } = await runGuestops(
      ["run", "--vm", "web-01", "--timeout", "500ms", "--", "/bin/sleep", "120"],
      sim.env,
    );
    expect(status).toBe(124);
    expect(stderr).toContain("guestops: run on web-01 timed out after 500ms: the guest program");
    for (const record of sim.sim.stats.processes.slice(before))
      expect(record.finishedAt).toBeDefined();
  });

  test("exits 130 on Ctrl-C after terminating the guest program", async () => {
    const before = sim.sim.stats.processes.length;
    const { status, stderr } = await runGuestops(
      ["run", "--vm", "web-02", "--", "/bin/sleep", "121"],
      sim.env,
      {
        onStart: (interrupt) => {
          const timer = setInterval(() => {
            if (sim.sim.stats.processes.length > before) {
              clearInterval(timer);
              interrupt();
            }
          }, 20);
        },
      },
    );
    expect(status).toBe(130);
    expect(stderr).toContain("guestops: run on web-02 interrupted");
    const records = sim.sim.stats.processes.slice(before);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(record.finishedAt).toBeDefined();
  });

  test("caps each stream at 1 MiB by default, and the note says so and how to raise it", async () => {
    const { status, bytes, stderr } = await runGuestops(
      ["run", "--vm", "web-01", "--", "/bin/sh", "-c", "head -c 1100000 /dev/zero"],
      sim.env,
    );
    expect(status).toBe(0);
    expect(bytes.length).toBe(1024 * 1024);
    expect(stderr).toContain(
      "guestops: note: the stdout of web-01 was truncated at 1 MiB (raise with --max-output)",
    );
  });

  test("--max-output sets the cap, for one VM and in a fleet", async () => {
    const script = "head -c 3000 /dev/zero | tr '\\0' x; head -c 10 /dev/zero >&2";
    const one = await runGuestops(
      ["run", "--vm", "web-01", "--max-output", "1k", "--", "/bin/sh", "-c", script],
      sim.env,
    );
    expect(one.status).toBe(0);
    expect(one.stdout).toBe("x".repeat(1024));
    expect(one.stderr).toContain(
      "guestops: note: the stdout of web-01 was truncated at 1 KiB (raise with --max-output)",
    );
    expect(one.stderr).not.toContain("the stderr of web-01 was truncated");

    const fleet = await runGuestops(
      [
        "run",
        "--vm",
        "web-01",
        "--vm",
        "web-02",
        "--max-output",
        "2k",
        "--",
        "/bin/sh",
        "-c",
        script,
      ],
      sim.env,
    );
    expect(fleet.status).toBe(0);
    expect(fleet.stdout).toContain(`web-02: ${"x".repeat(2048)}`);
    expect(fleet.stderr).toMatch(
      /^guestops: web-02: note: the stdout of web-02 was truncated at 2 KiB \(raise with --max-output\)$/m,
    );
  });

  test("start --json --max-output carries the cap in the handle, for wait --handle", async () => {
    const started = await runGuestops(
      [
        "start",
        "--vm",
        "web-01",
        "--json",
        "--max-output",
        "1k",
        "--",
        "/bin/sh",
        "-c",
        "head -c 3000 /dev/zero",
      ],
      sim.env,
    );
    expect(started.status).toBe(0);
    expect(JSON.parse(started.stdout)).toMatchObject({ maxOutputBytes: 1024 });
    const waited = await runGuestops(["wait", "--handle", "-"], sim.env, { stdin: started.stdout });
    expect(waited.bytes.length).toBe(1024);
    expect(waited.stderr).toContain(
      "the stdout of web-01 was truncated at 1 KiB (raise with --max-output)",
    );
  });

  test("refuses a line break in a Windows program's argument with exit 2, starting nothing", async () => {
    const before = sim.sim.stats.processes.length;
    const { status, stdout, stderr } = await runGuestops(
      ["run", "--vm", "win-01", "--guest-user", "Administrator", "--", "cmd.exe", "/c", "a\nb"],
      { ...sim.env, GUESTOPS_GUEST_PASSWORD: WINDOWS_PASSWORD },
    );
    expect(stderr).toBe(
      "guestops: run on win-01 failed: an argument of the program holds a line break (or a NUL), which cmd.exe cannot pass to a Windows program, so nothing was started: send multi-line text through --stdin instead\n",
    );
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(sim.sim.stats.processes.length).toBe(before);
  });

  test("prints the requests of --dry-run on stdout and sends none", async () => {
    sim.sim.stats.reset();
    const { status, stdout } = await runGuestops(
      ["run", "--dry-run", "--vm", "web-01", "--", "/bin/true"],
      sim.env,
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(/createProcess/);
    expect(sim.sim.stats.calls).toEqual({});
  });

  test("redacts values copied by a bare --env NAME from the dry-run log", async () => {
    const { status, stdout } = await runGuestops(
      [
        "run",
        "--dry-run",
        "--vm",
        "web-01",
        "--env",
        "API_TOKEN",
        "--env",
        "MODE=plain",
        "--",
        "/bin/true",
      ],
      { ...sim.env, API_TOKEN: 'tok-"quoted"-123456' },
    );
    expect(status).toBe(0);
    expect(stdout).not.toContain("tok-");
    expect(stdout).toContain('"API_TOKEN":"[redacted]"');
    // The client's dry-run log keeps environment names and hides every value.
    expect(stdout).toContain('"MODE":"[redacted]"');
    expect(stdout).not.toContain("plain");
  });

  test("prints a program vCenter refused to start as a failed_to_start result, vmId and reason included", async () => {
    const { status, stdout, stderr } = await runGuestops(
      ["run", "--vm", "web-01", "--json", "--cwd", "/no/such/dir", "--", "/bin/pwd"],
      sim.env,
    );
    expect(status).toBe(1);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      vm: "web-01",
      vmId: "vm-101",
      status: "failed_to_start",
      exitCode: null,
      exitDescription: expect.stringMatching(/^did not start: .*\/no\/such\/dir/),
    });
    expect(stderr).toMatch(/^guestops: run on web-01/);
  });

  test("prints a failed start as one JSON object too, with --json", async () => {
    const { status, stdout, stderr } = await runGuestops(
      ["run", "--vm", "tools-down-01", "--json", "--", "/bin/true"],
      sim.env,
    );
    expect(status).toBe(1);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ vm: "tools-down-01", status: "failed_to_start", exitCode: null });
    expect(json.error.message).toMatch(/Tools is not running/);
    expect(stderr).toMatch(/^guestops: run on tools-down-01 failed/);
  });
});

describe("several VMs", () => {
  test("prints a line per VM on a pipe, and the summary", async () => {
    const { status, stdout, stderr } = await runGuestops(
      ["run", "--vm", "web-01", "--vm", "web-02", "--concurrency", "1", "--", "/bin/echo", "hi"],
      sim.env,
    );
    expect(status).toBe(0);
    expect(stdout.split("\n").sort().join("\n")).toBe("\nweb-01: hi\nweb-02: hi");
    expect(stderr).toMatch(/^guestops: web-01: ok exit 0$/m);
    expect(stderr).toMatch(/^guestops: web-02: ok exit 0$/m);
    expect(stderr).toMatch(/guestops: 2 VMs: all 2 exited 0\n$/);
  });

  test("draws a progress bar on a terminal, colored unless NO_COLOR is set", async () => {
    const colored = await runGuestops(
      ["run", "--vm", "web-01", "--vm", "web-02", "--", "/bin/true"],
      sim.env,
      { isTTY: true },
    );
    expect(colored.status).toBe(0);
    expect(colored.stderr).toMatch(/2\/2 VMs/);
    expect(colored.stderr).toContain("\u001b[32m");
    expect(colored.stderr).not.toMatch(/guestops: web-01: ok/);
    const plain = await runGuestops(
      ["run", "--vm", "web-01", "--vm", "web-02", "--", "/bin/true"],
      { ...sim.env, NO_COLOR: "1" },
      { isTTY: true },
    );
    expect(plain.stderr).toMatch(/2\/2 VMs/);
    expect(plain.stderr).not.toContain("\u001b[3");
  });

  test("reads the VMs from a file and explains every failure in the summary", async () => {
    const file = join(dir, "vms.txt");
    writeFileSync(file, "web-01\noff-01\nno-such-vm\n");
    const { status, stderr } = await runGuestops(
      ["run", "--vms-from", file, "--", "/bin/true"],
      sim.env,
    );
    expect(status).toBe(1);
    expect(stderr).toContain("guestops: 3 VMs: 1 exited 0, 2 failed");
    expect(stderr).toMatch(/^ {2}off-01: did not start: .*POWERED_OFF: power it on/m);
    expect(stderr).toMatch(
      /^ {2}no-such-vm: did not start: .*no VM is named or identified "no-such-vm"/m,
    );
    for (const secret of SECRETS) expect(stderr).not.toContain(secret);
  });
});

describe("fleet mode does not depend on how many VMs --vms-from lists", () => {
  test("a --vms-from file of one VM prints like a fleet and exits with the fleet status", async () => {
    const file = join(dir, "one-vm.txt");
    writeFileSync(file, "web-01\n");
    const { status, stdout, stderr } = await runGuestops(
      ["run", "--vms-from", file, "--", "/bin/sh", "-c", "echo hi; exit 3"],
      sim.env,
    );
    expect(stdout).toBe("web-01: hi\n");
    expect(stderr).toContain("guestops: 1 VM: 0 exited 0, 1 failed");
    expect(stderr).toMatch(/^ {2}web-01: exit 3$/m);
    // 1 means "a VM failed", as with several VMs; 3 would be the program's own code.
    expect(status).toBe(1);
  });

  test("with --json, one VM from --vms-from - still gives the fleet status, not the program's code", async () => {
    const { status, stdout } = await runGuestops(
      ["run", "--vms-from", "-", "--json", "--", "/bin/sh", "-c", "exit 3"],
      sim.env,
      { stdin: "web-01\n" },
    );
    expect(JSON.parse(stdout)).toMatchObject({ vm: "web-01", status: "exited", exitCode: 3 });
    expect(status).toBe(1);
  });
});

describe("start and wait", () => {
  test("start --json prints a handle that wait --handle resumes, with output and exit code", async () => {
    const started = await runGuestops(
      ["start", "--vm", "web-01", "--json", "--", "/bin/sh", "-c", "sleep 0.3; echo later; exit 6"],
      sim.env,
    );
    expect(started.status).toBe(0);
    const handle = JSON.parse(started.stdout);
    expect(handle).toMatchObject({ kind: "guestops.run", vm: "vm-101", pid: expect.any(Number) });
    for (const secret of SECRETS) expect(started.stdout).not.toContain(secret);

    const file = join(dir, "handle.json");
    writeFileSync(file, started.stdout);
    const waited = await runGuestops(["wait", "--handle", file], sim.env);
    expect(waited.stdout).toBe("later\n");
    expect(waited.status).toBe(6);
  });

  test("start prints the pid, and wait --vm --pid exits with the program's code", async () => {
    const started = await runGuestops(
      ["start", "--vm", "web-02", "--", "/bin/sh", "-c", "sleep 0.3; exit 9"],
      sim.env,
    );
    expect(started.status).toBe(0);
    const pid = Number(started.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    expect(started.stderr).toContain(`guestops wait --vm web-02 --pid ${pid}`);
    const waited = await runGuestops(["wait", "--vm", "web-02", "--pid", String(pid)], sim.env);
    expect(waited.status).toBe(9);
  });

  test("plain start leaves no capture files in the guest: nothing would read or delete them", async () => {
    const tempFilesBefore = sim.sim.stats.callsOf("createTemporaryFile", "vm-102");
    const started = await runGuestops(
      ["start", "--vm", "web-02", "--", "/bin/sh", "-c", "echo unread"],
      sim.env,
    );
    expect(started.status).toBe(0);
    const pid = Number(started.stdout.trim());
    const waited = await runGuestops(["wait", "--vm", "web-02", "--pid", String(pid)], sim.env);
    expect(waited.status).toBe(0);
    expect(sim.sim.stats.callsOf("createTemporaryFile", "vm-102")).toBe(tempFilesBefore);
    const left = await sim.sim.inventory.tempFiles("vm-102");
    expect(left.filter((file) => /guestops-.*\.(out|err|code)$/.test(file))).toEqual([]);
  });

  test.each([
    [["--timeout", "5s"], /--timeout needs --json/],
    [["--stdin", "-"], /--stdin needs --json/],
  ])("plain start refuses %j with exit 2 and starts nothing", async (flags, message) => {
    const before = sim.sim.stats.processes.length;
    const { status, stdout, stderr } = await runGuestops(
      ["start", "--vm", "web-02", ...flags, "--", "/bin/sleep", "131"],
      sim.env,
      { stdin: "input\n" },
    );
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(sim.sim.stats.processes.length).toBe(before);
  });

  test("wait --handle - reads the handle from stdin", async () => {
    const started = await runGuestops(
      ["start", "--vm", "web-01", "--json", "--", "/bin/echo", "piped"],
      sim.env,
    );
    const waited = await runGuestops(["wait", "--handle", "-", "--json"], sim.env, {
      stdin: started.stdout,
    });
    expect(waited.status).toBe(0);
    expect(JSON.parse(waited.stdout)).toMatchObject({
      status: "exited",
      exitCode: 0,
      stdout: "piped\n",
    });
  });

  test("wait refuses a malformed handle with exit 2", async () => {
    const { status, stderr } = await runGuestops(["wait", "--handle", "-"], sim.env, {
      stdin: "{}",
    });
    expect(status).toBe(2);
    expect(stderr).toContain("--handle - is not a run handle");
  });
});

describe("Ctrl-C keeps what the program wrote", () => {
  /** Whether a host pid (the simulator's guest programs are host processes) is still running. */
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const guestopsFiles = async (vm: string) =>
    (await sim.sim.inventory.tempFiles(vm)).filter((file) => /[/\\]guestops-[^/\\]*$/.test(file));

  /**
   * Runs `guestops run` on web-01 with a program that prints `started`, then starts a sleep and
   * writes its own pid and the sleep's to `file` in root's home; presses Ctrl-C once both pids are
   * there. Returns what guestops did and the two pids.
   */
  async function interruptAfterStart(file: string, flags: readonly string[] = []) {
    const path = join(sim.sim.inventory.homeDir("vm-101", "root"), file);
    await rm(path, { force: true });
    const filesBefore = await guestopsFiles("vm-101");
    let pids: number[] = [];
    const result = await runGuestops(
      [
        "run",
        "--vm",
        "web-01",
        ...flags,
        "--",
        "/bin/sh",
        "-c",
        `echo started; /bin/sleep 81 & echo $$ $! > ${file}.tmp; mv ${file}.tmp ${file}; wait`,
      ],
      sim.env,
      {
        onStart: (interrupt) => {
          const timer = setInterval(async () => {
            const text = await readFile(path, "utf8").catch(() => "");
            pids = text.trim().split(/\s+/).map(Number);
            if (pids.length === 2 && pids.every((pid) => pid > 0)) {
              clearInterval(timer);
              interrupt();
            }
          }, 20);
        },
      },
    );
    return { ...result, pids, filesBefore };
  }

  test("prints the output written before Ctrl-C, exits 130, and ends the program, its children and its temp files", async () => {
    const { status, stdout, stderr, pids, filesBefore } =
      await interruptAfterStart("interrupted.pid");
    expect(stdout).toBe("started\n");
    expect(status).toBe(130);
    expect(stderr).toMatch(
      /^guestops: run on web-01 interrupted: the guest program \(pid \d+\) was terminated$/m,
    );
    expect(pids).toHaveLength(2);
    for (const pid of pids) await expect.poll(() => alive(pid), { timeout: 15_000 }).toBe(false);
    expect(await guestopsFiles("vm-101")).toEqual(filesBefore);
  });

  test("with --json, prints the interrupted run as one JSON object with its partial output", async () => {
    const { status, stdout, pids, filesBefore } = await interruptAfterStart(
      "interrupted-json.pid",
      ["--json"],
    );
    expect(status).toBe(130);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({
      vm: "web-01",
      vmId: "vm-101",
      outputCaptured: true,
      stdout: "started\n",
    });
    for (const pid of pids) await expect.poll(() => alive(pid), { timeout: 15_000 }).toBe(false);
    expect(await guestopsFiles("vm-101")).toEqual(filesBefore);
  });
});
