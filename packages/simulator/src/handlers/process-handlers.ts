import { mkdir } from "node:fs/promises";
import { win32 } from "node:path";
import { type Call, done, type Handler, result } from "../call.js";
import { environmentOf, guestDefaultEnv } from "../guest-env.js";
import { guestPreflight, requireVm } from "../guest-preflight.js";
import type { GuestUser, VmState } from "../inventory-config.js";
import {
  ACCESS_DENIED_ID,
  BAD_REQUEST_ID,
  PROCESS_NOT_FOUND_ID,
  PROGRAM_NOT_STARTED_ID,
  START_MINIMIZED_ID,
} from "../message-ids.js";
import { parseBody } from "../parse-body.js";
import type { GuestProcess } from "../process-manager.js";
import {
  checkLinuxProgram,
  checkWindowsProgram,
  checkWorkingDirectory,
  programName,
} from "../program-check.js";
import {
  apiCreateBody,
  credentialsBody,
  restCreateBody,
  restListBody,
} from "../request-schemas.js";
import { VapiFault } from "../vapi-fault.js";
import { startWindowsProgram } from "../windows-programs.js";

function pidOf(call: Call): number {
  const raw = call.params.pid ?? "";
  if (!/^\d{1,15}$/.test(raw)) {
    throw new VapiFault("INVALID_ARGUMENT", BAD_REQUEST_ID, `The pid ${raw} is not an integer.`, {
      args: [raw],
    });
  }
  return Number(raw);
}

function processNotFound(pid: number): VapiFault {
  return new VapiFault("NOT_FOUND", PROCESS_NOT_FOUND_ID, `The process ${pid} was not found.`, {
    args: [String(pid)],
    data: { pid },
  });
}

function info(process: GuestProcess, withPid: boolean): Record<string, unknown> {
  const { record } = process;
  return {
    ...(withPid ? { pid: record.pid } : {}),
    name: process.name,
    owner: record.owner,
    command: process.command,
    started: record.startedAt.toISOString(),
    ...(record.finishedAt === undefined
      ? {}
      : { finished: record.finishedAt.toISOString(), exit_code: record.exitCode }),
  };
}

function summary(process: GuestProcess): Record<string, unknown> {
  const { record } = process;
  return {
    name: process.name,
    pid: record.pid,
    owner: record.owner,
    command: process.command,
    started: record.startedAt.toISOString(),
  };
}

/** Working directory and home of the program: `working_directory`, else the user's home. */
async function workingDirectory(
  call: Call,
  vm: VmState,
  user: GuestUser,
  sent: string | undefined,
): Promise<{ cwd: string; home: string }> {
  const windows = vm.guestFamily === "WINDOWS";
  const home = windows
    ? win32.join("C:\\Users", user.username)
    : call.ctx.inventory.homeDir(vm.id, user.username);
  if (sent !== undefined && sent !== "") {
    if (!windows) await checkWorkingDirectory(sent);
    return { cwd: sent, home };
  }
  if (!windows) await mkdir(home, { recursive: true });
  return { cwd: home, home };
}

/**
 * `create`: checks in the order of the seed's table, then starts the program (Linux: for real;
 * Windows: emulated, a taskkill ending its targets). Injected faults: `toolsDownForCreates` at
 * the Tools check, `failToStart` just before starting, `resetAfterCreate` after starting (the
 * connection is dropped).
 */
export const createProcess: Handler = async (call) => {
  const body =
    call.wire === "api"
      ? parseBody(apiCreateBody, call.body)
      : parseBody(restCreateBody, call.body);
  const { ctx } = call;
  const vm = requireVm(call);
  const user = guestPreflight(vm, body.credentials, () => ctx.faults.takeToolsDown(vm.id));
  const { spec } = body;
  const windows = vm.guestFamily === "WINDOWS";
  if (spec.start_minimized === true && !windows) {
    throw new VapiFault(
      "INVALID_ARGUMENT",
      START_MINIMIZED_ID,
      "start_minimized is only supported on Windows guests.",
    );
  }
  if (windows) checkWindowsProgram(spec.path);
  else await checkLinuxProgram(spec.path, user);
  const { cwd, home } = await workingDirectory(call, vm, user, spec.working_directory);
  const env = environmentOf(spec.environment_variables) ?? guestDefaultEnv(user.username, home);
  if (ctx.faults.takeFailToStart(vm.id)) {
    throw new VapiFault(
      "UNABLE_TO_ALLOCATE_RESOURCE",
      PROGRAM_NOT_STARTED_ID,
      `The program ${spec.path} could not be started (injected fault).`,
      { args: [spec.path] },
    );
  }
  const request = {
    vm: vm.id,
    path: spec.path,
    arguments: spec.arguments ?? "",
    env,
    cwd,
    owner: user.username,
    name: programName(spec.path, windows),
  };
  const started = windows
    ? startWindowsProgram(ctx.processes, vm, request)
    : ctx.processes.startLinux(request);
  if (ctx.faults.takeResetAfterCreate(vm.id)) return { kind: "reset" };
  return result(call, started.record.pid, 201);
};

/** `list`: `/api` Summaries (no exit code); `/rest` Info entries with `pid`, `pids` filter. */
export const listProcesses: Handler = async (call) => {
  if (call.wire === "api") {
    const body = parseBody(credentialsBody, call.body);
    const vm = requireVm(call);
    guestPreflight(vm, body.credentials);
    return result(call, call.ctx.processes.list(vm.id).map(summary));
  }
  const body = parseBody(restListBody, call.body);
  const vm = requireVm(call);
  guestPreflight(vm, body.credentials);
  const pids = body.pids === undefined ? undefined : new Set(body.pids);
  const listed = call.ctx.processes
    .list(vm.id)
    .filter((process) => pids === undefined || pids.has(process.record.pid));
  return result(
    call,
    listed.map((process) => info(process, true)),
  );
};

/** `get`: Info, with `finished` and `exit_code` within the retention window; then 404 `{pid}`. */
export const getProcess: Handler = async (call) => {
  const body = parseBody(credentialsBody, call.body);
  const vm = requireVm(call);
  guestPreflight(vm, body.credentials);
  const pid = pidOf(call);
  const process = call.ctx.processes.find(vm.id, pid);
  if (process === undefined) throw processNotFound(pid);
  return result(call, info(process, call.wire === "rest"));
};

/** `delete`: SIGKILL to that pid only; a finished or unknown pid answers 404 `{pid}`. */
export const deleteProcess: Handler = async (call) => {
  const body = parseBody(credentialsBody, call.body);
  const vm = requireVm(call);
  guestPreflight(vm, body.credentials);
  const pid = pidOf(call);
  const outcome = call.ctx.processes.terminate(vm.id, pid);
  if (outcome === "not-running") throw processNotFound(pid);
  if (outcome === "protected") {
    throw new VapiFault(
      "UNAUTHORIZED",
      ACCESS_DENIED_ID,
      `The guest user may not terminate process ${pid}.`,
      { args: [String(pid)] },
    );
  }
  return done(call);
};
