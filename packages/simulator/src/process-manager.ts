import { type ChildProcess, spawn } from "node:child_process";
import { exitCodeOf } from "./exit-code.js";
import { PROGRAM_NOT_STARTED_ID } from "./message-ids.js";
import type { ProcessRecord } from "./process-record.js";
import { shellQuote } from "./shell-quote.js";
import { VapiFault } from "./vapi-fault.js";

/** A process as list/get show it. */
export interface GuestProcess {
  readonly record: ProcessRecord;
  /** Program name (last path component). */
  readonly name: string;
  /** Command line. */
  readonly command: string;
  /** True for the guest's own init process: listed, never signalled. */
  readonly system: boolean;
}

/** What to start. */
export interface StartRequest {
  readonly vm: string;
  readonly path: string;
  readonly arguments: string;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly owner: string;
  readonly name: string;
}

/** What delete did. */
export type TerminateResult = "signalled" | "not-running" | "protected";

interface Entry extends GuestProcess {
  child?: ChildProcess;
  timer?: NodeJS.Timeout;
  exited?: Promise<void>;
}

/** Guest programs of every VM: start, find (within the retention window), terminate, stop all. */
export interface ProcessManager {
  /** Runs a program for real through `/bin/bash -c "exec 'path' arguments"`. */
  startLinux(request: StartRequest): GuestProcess;
  /** Emulates a program (Windows guests): a fake pid, finishing after `durationMs`. */
  startEmulated(request: StartRequest, exitCode: number, durationMs: number): GuestProcess;
  /** A process of the VM, or undefined when unknown or finished longer than the retention ago. */
  find(vm: string, pid: number): GuestProcess | undefined;
  /** Running processes plus those finished within the retention window, and the init process. */
  list(vm: string): GuestProcess[];
  /** SIGKILL to that one pid (children survive); emulated ones finish with exit code 1. */
  terminate(vm: string, pid: number): TerminateResult;
  /** Kills every program of a VM and forgets them (power-off, removal). */
  stopVm(vm: string): void;
  /** Kills every process group started, and waits (bounded) for the exits to be recorded. */
  stopAll(): Promise<void>;
}

/** How long stopAll waits for killed programs to be reaped, in ms. */
const STOP_WAIT_MS = 2000;

// Process groups of every live manager in this Node process. If the host process exits without
// stop() (a test that forgot it, process.exit in a runner), one exit hook still kills them all,
// so guest programs never outlive it.
const liveGroups = new Set<Set<number>>();
let exitHookInstalled = false;

function trackGroups(groups: Set<number>): void {
  liveGroups.add(groups);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const set of liveGroups) for (const pgid of set) killGroup(pgid);
  });
}

/** Creates the process manager. */
export function createProcessManager(options: {
  retentionMs: number;
  bootedAt: Date;
  isWindows(vm: string): boolean;
  onStart(record: ProcessRecord): void;
  now?: () => number;
}): ProcessManager {
  const now = options.now ?? Date.now;
  const tables = new Map<string, Map<number, Entry>>();
  // Every process group ever started: stop() kills them all, even after the leader was deleted,
  // because a leader's children keep its group (that is how they survive a delete).
  const groups = new Set<number>();
  trackGroups(groups);
  const running = new Set<Entry>();
  const nextFakePid = new Map<string, number>();

  const table = (vm: string) => {
    let entries = tables.get(vm);
    if (entries === undefined) {
      entries = new Map();
      tables.set(vm, entries);
    }
    return entries;
  };
  const finish = (entry: Entry, exitCode: number) => {
    if (entry.record.exitCode !== undefined) return;
    entry.record.finishedAt = new Date(now());
    entry.record.exitCode = exitCode;
    running.delete(entry);
  };
  const expired = (entry: Entry) => {
    const finishedAt = entry.record.finishedAt;
    return finishedAt !== undefined && now() - finishedAt.getTime() >= options.retentionMs;
  };
  const systemProcess = (vm: string): Entry => {
    const windows = options.isWindows(vm);
    const record: ProcessRecord = {
      vm,
      pid: windows ? 4 : 1,
      path: windows ? "System" : "/sbin/init",
      arguments: "",
      env: {},
      cwd: "/",
      owner: windows ? "NT AUTHORITY\\SYSTEM" : "root",
      emulated: true,
      startedAt: options.bootedAt,
      finishedAt: undefined,
      exitCode: undefined,
    };
    return {
      record,
      name: windows ? "System" : "systemd",
      command: record.path,
      system: true,
    };
  };
  const add = (request: StartRequest, pid: number, emulated: boolean): Entry => {
    const record: ProcessRecord = {
      vm: request.vm,
      pid,
      path: request.path,
      arguments: request.arguments,
      env: { ...request.env },
      cwd: request.cwd,
      owner: request.owner,
      emulated,
      startedAt: new Date(now()),
      finishedAt: undefined,
      exitCode: undefined,
    };
    const command =
      request.arguments === "" ? request.path : `${request.path} ${request.arguments}`;
    const entry: Entry = { record, name: request.name, command, system: false };
    // A recycled pid replaces the aged record of the same number, as in the guest.
    table(request.vm).set(pid, entry);
    running.add(entry);
    options.onStart(record);
    return entry;
  };

  return {
    startLinux(request) {
      let child: ChildProcess;
      try {
        // exec: bash replaces itself with the program, so the pid we return is the program's.
        // The path is quoted (Tools quotes it too); the arguments go to bash as they are, so
        // redirections and quoting in them work. detached: a process group of its own, so
        // stop() can kill the program with everything it started.
        child = spawn(
          "/bin/bash",
          ["-c", `exec ${shellQuote(request.path)} ${request.arguments}`],
          {
            env: request.env,
            cwd: request.cwd,
            detached: true,
            stdio: "ignore",
          },
        );
      } catch (error) {
        throw notStarted(request.path, (error as Error).message);
      }
      child.on("error", () => {
        // Spawn failures are reported through the missing pid below; later errors (a failed
        // kill) change nothing we record.
      });
      const pid = child.pid;
      if (pid === undefined) throw notStarted(request.path, "spawn failed");
      // Guest programs must not keep the simulator's event loop (or a test runner) alive.
      child.unref();
      groups.add(pid);
      const entry = add(request, pid, false);
      entry.child = child;
      entry.exited = new Promise((resolve) => {
        child.once("exit", (code, signal) => {
          finish(entry, exitCodeOf(code, signal));
          resolve();
        });
      });
      return entry;
    },
    startEmulated(request, exitCode, durationMs) {
      // Windows pids are multiples of 4.
      const pid = nextFakePid.get(request.vm) ?? 4100;
      nextFakePid.set(request.vm, pid + 4);
      const entry = add(request, pid, true);
      if (durationMs <= 0) finish(entry, exitCode);
      else {
        entry.timer = setTimeout(() => finish(entry, exitCode), durationMs);
        entry.timer.unref();
      }
      return entry;
    },
    find(vm, pid) {
      const system = systemProcess(vm);
      if (pid === system.record.pid) return system;
      const entries = tables.get(vm);
      const entry = entries?.get(pid);
      if (entry === undefined) return undefined;
      if (expired(entry)) {
        entries?.delete(pid);
        return undefined;
      }
      return entry;
    },
    list(vm) {
      const entries = tables.get(vm) ?? new Map<number, Entry>();
      for (const [pid, entry] of entries) if (expired(entry)) entries.delete(pid);
      return [systemProcess(vm), ...entries.values()];
    },
    terminate(vm, pid) {
      const entry = this.find(vm, pid) as Entry | undefined;
      if (entry === undefined || entry.record.exitCode !== undefined) return "not-running";
      if (entry.system) return "protected";
      if (entry.child !== undefined) {
        // Only that pid, like VMware Tools on Linux: its children live on.
        entry.child.kill("SIGKILL");
      } else {
        clearTimeout(entry.timer);
        finish(entry, 1);
      }
      return "signalled";
    },
    stopVm(vm) {
      const entries = tables.get(vm);
      if (entries === undefined) return;
      for (const entry of entries.values()) {
        if (entry.child?.pid !== undefined) killGroup(entry.child.pid);
        clearTimeout(entry.timer);
      }
      tables.delete(vm);
    },
    async stopAll() {
      for (const pgid of groups) killGroup(pgid);
      groups.clear();
      liveGroups.delete(groups);
      const waits: Promise<void>[] = [];
      for (const entry of running) {
        clearTimeout(entry.timer);
        if (entry.exited !== undefined) waits.push(entry.exited);
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, STOP_WAIT_MS);
      });
      await Promise.race([Promise.all(waits), timeout]);
      clearTimeout(timer);
      tables.clear();
    },
  };
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // ESRCH: the whole group is gone already.
  }
}

function notStarted(path: string, why: string): VapiFault {
  return new VapiFault(
    "UNABLE_TO_ALLOCATE_RESOURCE",
    PROGRAM_NOT_STARTED_ID,
    `The program ${path} could not be started: ${why}.`,
    { args: [path] },
  );
}
