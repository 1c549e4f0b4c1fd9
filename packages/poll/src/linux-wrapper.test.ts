import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { linuxTerminatorScript, linuxWrapperCommand, linuxWrapperScript } from "./linux-wrapper.js";

// These run the real scripts with the local bash, as VMware Tools would in a Linux guest.

const dir = mkdtempSync(join(tmpdir(), "guestops-wrapper-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function filesFor(stdin?: string) {
  const base = join(dir, `run${++counter}`);
  if (stdin !== undefined) writeFileSync(`${base}.in`, stdin);
  return {
    stdout: `${base}.out`,
    stderr: `${base}.err`,
    exitCode: `${base}.code`,
    ...(stdin === undefined ? {} : { stdin: `${base}.in` }),
  };
}

/** Runs a script with bash in its own process group (as the simulator does); resolves with its exit code. */
function runBash(script: string): { pid: number; exit: Promise<number> } {
  const child = spawn("/bin/bash", ["-c", script], { detached: true, stdio: "ignore" });
  const exit = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal === "SIGKILL" ? 137 : 255))),
  );
  return { pid: child.pid as number, exit };
}

/** Whether a pid is running; a zombie (dead, not yet reaped) counts as dead. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat[stat.lastIndexOf(")") + 2] !== "Z";
  } catch {
    return false;
  }
}

describe("linuxWrapperScript", () => {
  test("captures stdout and stderr separately, writes the exit code and exits with it", async () => {
    const files = filesFor();
    const script = linuxWrapperScript({
      runId: "0123456789abcdef",
      path: "/bin/sh",
      args: ["-c", "echo out; echo err >&2; exit 3"],
      files,
      maxOutputBytes: 1000,
    });
    await expect(runBash(script).exit).resolves.toBe(3);
    expect(readFileSync(files.stdout, "utf8")).toBe("out\n");
    expect(readFileSync(files.stderr, "utf8")).toBe("err\n");
    expect(readFileSync(files.exitCode, "utf8")).toBe("3\n");
  });

  test("feeds the stdin file to the program", async () => {
    const files = filesFor("line one\nline two\n");
    const script = linuxWrapperScript({
      runId: "0123456789abcdef",
      path: "/usr/bin/wc",
      args: ["-l"],
      files,
      maxOutputBytes: 1000,
    });
    await expect(runBash(script).exit).resolves.toBe(0);
    expect(readFileSync(files.stdout, "utf8").trim()).toBe("2");
  });

  test("trims a long output in the guest to one byte over the cap", async () => {
    const files = filesFor();
    const script = linuxWrapperScript({
      runId: "0123456789abcdef",
      path: "/usr/bin/head",
      args: ["-c", "5000", "/dev/zero"],
      files,
      maxOutputBytes: 100,
    });
    await expect(runBash(script).exit).resolves.toBe(0);
    expect(readFileSync(files.stdout).length).toBe(101);
  });

  test("gives a program no stdin when none is given, so it cannot hang reading it", async () => {
    const files = filesFor();
    const script = linuxWrapperScript({
      runId: "0123456789abcdef",
      path: "/bin/cat",
      args: [],
      files,
      maxOutputBytes: 100,
    });
    await expect(runBash(script).exit).resolves.toBe(0);
  });

  test("reports a missing program as exit code 127", async () => {
    const files = filesFor();
    const script = linuxWrapperScript({
      runId: "0123456789abcdef",
      path: "/no/such/program",
      args: [],
      files,
      maxOutputBytes: 100,
    });
    await expect(runBash(script).exit).resolves.toBe(127);
    expect(readFileSync(files.stderr, "utf8")).toContain("No such file or directory");
  });

  test("runs without files through a plain sh wrapper that stays alive to report the exit code", async () => {
    const script = linuxWrapperScript({
      runId: "0123456789abcdef",
      path: "/bin/sh",
      args: ["-c", "echo hi; exit 4"],
      maxOutputBytes: 100,
    });
    await expect(runBash(script).exit).resolves.toBe(4);
  });

  test("puts the run marker at the start of the command line", () => {
    const command = linuxWrapperCommand({
      runId: "0123456789abcdef",
      path: "/bin/true",
      args: [],
      maxOutputBytes: 1,
    });
    expect(command.path).toBe("/bin/sh");
    expect(command.arguments).toBe(
      "-c ': guestops-run 0123456789abcdef; /bin/true </dev/null >/dev/null 2>&1; exit $?'",
    );
  });
});

describe("linuxTerminatorScript", () => {
  test.each([
    ["with ps", (script: string) => script],
    // Minimal guests may have no ps: the terminator then reads /proc with bash builtins.
    ["without ps", (script: string) => script.replace("command -p ps", "command -p no-such-ps")],
  ])(
    "kills the program and every descendant, and lets the wrapper record 143 (%s)",
    async (_, edit) => {
      const files = filesFor();
      const pidFile = join(dir, `pids${counter}`);
      // The program starts two background sleeps, records all pids, and waits.
      const program = `sleep 300 & a=$!; sleep 301 & b=$!; echo "$$ $a $b" > ${pidFile}; wait`;
      const wrapper = runBash(
        linuxWrapperScript({
          runId: "0123456789abcdef",
          path: "/bin/bash",
          args: ["-c", program],
          files,
          maxOutputBytes: 100,
        }),
      );
      let pids: number[] = [];
      for (let i = 0; i < 100 && pids.length < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        try {
          pids = readFileSync(pidFile, "utf8").trim().split(" ").map(Number);
        } catch {
          // not written yet
        }
      }
      expect(pids).toHaveLength(3);
      expect(pids.every(alive)).toBe(true);

      const terminator = await new Promise<number>((resolve) =>
        execFile("/bin/bash", ["-c", edit(linuxTerminatorScript(wrapper.pid))], (error) =>
          resolve(error ? 1 : 0),
        ),
      );
      expect(terminator).toBe(0);
      await expect(wrapper.exit).resolves.toBe(143);
      expect(readFileSync(files.exitCode, "utf8")).toBe("143\n");
      for (let i = 0; i < 50 && pids.some(alive); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(pids.filter(alive)).toEqual([]);
    },
    20_000,
  );

  test("also kills the descendants of a run without files (plain sh wrapper, no job control)", async () => {
    const pidFile = join(dir, `pids-plain${++counter}`);
    const program = `sleep 300 & a=$!; sleep 301 & b=$!; echo "$$ $a $b" > ${pidFile}; wait`;
    const wrapper = runBash(
      linuxWrapperScript({
        runId: "0123456789abcdef",
        path: "/bin/bash",
        args: ["-c", program],
        maxOutputBytes: 100,
      }),
    );
    let pids: number[] = [];
    for (let i = 0; i < 100 && pids.length < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      try {
        pids = readFileSync(pidFile, "utf8").trim().split(" ").map(Number);
      } catch {
        // not written yet
      }
    }
    expect(pids.every(alive)).toBe(true);
    await new Promise((resolve) =>
      execFile("/bin/bash", ["-c", linuxTerminatorScript(wrapper.pid)], resolve),
    );
    await expect(wrapper.exit).resolves.toBe(143);
    for (let i = 0; i < 50 && pids.some(alive); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(pids.filter(alive)).toEqual([]);
  }, 20_000);
});
