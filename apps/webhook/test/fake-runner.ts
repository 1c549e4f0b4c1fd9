import type { PasswordCredentials } from "../src/guest-credentials.js";
import {
  type FinishedRun,
  type Runner,
  RunnerError,
  type RunnerStartInput,
  type RunState,
  type VmRef,
} from "../src/runner.js";

/** A fake vCenter behind the Runner interface: counts every call, so tests can assert "none". */
export interface FakeRunner extends Runner {
  calls: string[];
  starts: RunnerStartInput[];
  credentialsSeen: PasswordCredentials[];
  /** Ends a run: the next check reports `result`. */
  finish(pid: number, result?: Partial<FinishedRun>): void;
  /** Makes the next call of `method` throw. */
  failNext(method: keyof Runner, error: Error): void;
  /** Pauses every start until the returned function is called. */
  holdStarts(): () => void;
}

export function createFakeRunner(vms: VmRef[] = defaultVms()): FakeRunner {
  const runs = new Map<number, RunState>();
  const failures = new Map<string, Error>();
  let nextPid = 1000;
  let hold: Promise<void> | undefined;

  const fail = (method: string) => {
    const error = failures.get(method);
    if (error !== undefined) {
      failures.delete(method);
      throw error;
    }
  };
  const pidOf = (handle: string) => (JSON.parse(handle) as { pid: number }).pid;

  const runner: FakeRunner = {
    calls: [],
    starts: [],
    credentialsSeen: [],
    async resolveVm(nameOrId) {
      runner.calls.push(`resolveVm ${nameOrId}`);
      fail("resolveVm");
      const vm = vms.find((candidate) => candidate.id === nameOrId || candidate.name === nameOrId);
      if (vm === undefined)
        throw new RunnerError("not_found", `vm ${JSON.stringify(nameOrId)} was not found`);
      return vm;
    },
    async start(input) {
      runner.calls.push(`start ${input.vm.id} ${input.path}`);
      runner.starts.push(input);
      runner.credentialsSeen.push(input.credentials);
      if (hold !== undefined) await hold;
      fail("start");
      const pid = nextPid++;
      runs.set(pid, { status: "running" });
      return {
        handle: JSON.stringify({ vm: input.vm.id, pid }),
        pid,
        startedAt: "2026-01-01T00:00:00.000Z",
      };
    },
    async check(handle, credentials) {
      runner.calls.push(`check ${pidOf(handle)}`);
      runner.credentialsSeen.push(credentials);
      fail("check");
      return runs.get(pidOf(handle)) ?? { status: "lost" };
    },
    async cancel(handle, credentials) {
      runner.calls.push(`cancel ${pidOf(handle)}`);
      runner.credentialsSeen.push(credentials);
      fail("cancel");
      const pid = pidOf(handle);
      if (runs.get(pid)?.status === "running")
        runner.finish(pid, { exitCode: 143, cancelled: true });
      const state = runs.get(pid);
      return state === undefined || state.status === "running"
        ? { status: "lost" as const }
        : state;
    },
    finish(pid, result = {}) {
      runs.set(pid, {
        status: "exited",
        exitCode: 0,
        startedAt: "2026-01-01T00:00:00.000Z",
        finishedAt: "2026-01-01T00:00:01.000Z",
        durationMs: 1000,
        stdout: "out\n",
        stderr: "",
        stdoutTruncated: false,
        stderrTruncated: false,
        outputCaptured: true,
        ...result,
      });
    },
    failNext(method, error) {
      failures.set(method, error);
    },
    holdStarts() {
      let release = () => {};
      hold = new Promise((resolve) => {
        release = () => {
          hold = undefined;
          resolve();
        };
      });
      return release;
    },
  };
  return runner;
}

function defaultVms(): VmRef[] {
  return [
    { id: "vm-42", name: "db-01" },
    { id: "vm-7", name: "web-01" },
    { id: "vm-8", name: "web-02" },
    { id: "vm-9", name: "mail-01" },
  ];
}
