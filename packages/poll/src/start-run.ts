import { randomBytes } from "node:crypto";
import {
  failureKind,
  type GuestCredentials,
  isRetryable,
  isVcenterApiError,
  type ProcessSpec,
  type VmEntry,
} from "@guestops/client";
import { throwIfAborted } from "./abort.js";
import {
  CreateOutcomeUnknownError,
  isCreateOutcomeUnknownError,
} from "./create-outcome-unknown-error.js";
import type { GuestFamily } from "./describe-exit-code.js";
import { explainWrapperRefusal, type GuestFamilySource } from "./explain-wrapper-refusal.js";
import { guestFamilyOfPath } from "./guest-family.js";
import {
  type GuestCommand,
  LINUX_MAX_ARGUMENT_BYTES,
  linuxWrapperCommand,
} from "./linux-wrapper.js";
import { poll } from "./poll.js";
import { createRunFiles, deleteRunFiles } from "./run-files.js";
import type { RunFiles, RunHandle } from "./run-handle.js";
import {
  DEFAULT_MAX_OUTPUT_BYTES,
  type PollClient,
  type RunOptions,
  type RunRequest,
} from "./run-types.js";
import { safeCreate } from "./safe-create.js";
import { terminateRun } from "./terminate-run.js";
import { refuseRunRequest, validateRunRequest } from "./validate-run-request.js";
import { bestEffort, callVcenter } from "./vcenter-call.js";
import { VmNotReadyError } from "./vm-not-ready-error.js";
import { isWaitTimeoutError } from "./wait-timeout-error.js";
import { CMD_MAX_COMMAND_LINE, cmdLineLength, windowsWrapperCommand } from "./windows-wrapper.js";

/** What starting a run gave: a handle, or vCenter's refusal to start the program. */
export type StartOutcome =
  | { readonly kind: "started"; readonly handle: RunHandle }
  | {
      readonly kind: "failedToStart";
      readonly vm: string;
      readonly vmName: string | undefined;
      readonly runId: string;
      readonly error: unknown;
    };

/** The note of a run whose output cannot be captured on this vCenter. */
export const REST_FLAVOR_NOTE =
  "output was not captured: this vCenter speaks only the /rest API (vSphere 7.0 / 7.0 U1), which has no guest file transfers; the exit code is still reported";

/** The note of a run started with `capture: false`. */
export const CAPTURE_OFF_NOTE = "output was not captured (capture: false)";

/** A path as long as Windows allows, to check command lengths before temp files exist. */
const LONGEST_PATH = "C:\\".padEnd(260, "x");

/**
 * A fresh run id: 16 hex digits, embedded in the guest command line and the temp file names so
 * that an ambiguous start can be reconciled with certainty.
 */
export function newRunId(): string {
  return randomBytes(8).toString("hex");
}

/**
 * Preflight, temp files, and a start that never runs the program twice. `resolved` skips the VM
 * lookup (runMany resolves VMs in batches).
 */
export async function beginRun(
  client: PollClient,
  request: RunRequest,
  options: RunOptions,
  where: "runProcess" | "startRun" | "runMany",
  resolved?: VmEntry,
): Promise<StartOutcome> {
  validateRunRequest(request, where);
  const { signal } = options;
  throwIfAborted(signal);
  const credentials = request.credentials;
  const runId = newRunId();
  const entry =
    resolved ??
    (await callVcenter("resolveVm", (s) => client.resolveVm(request.vm, { signal: s }), {
      signal,
    }));
  const vm = entry.vm;
  const vmName = entry.name;
  if (entry.powerState !== "POWERED_ON") {
    throw new VmNotReadyError({ vm, vmName, reason: "poweredOff", powerState: entry.powerState });
  }
  const capabilities = await client.capabilities({ ...(signal ? { signal } : {}) });
  if ((request.waitForToolsMs ?? 0) > 0 && capabilities.guestOperationsReadiness) {
    await waitForGuestOperations(client, vm, vmName, request.waitForToolsMs ?? 0, signal);
  }
  const { guestFamily, source } = await familyOf(client, request, vm, signal);
  const fail = (detail: string) => refuseRunRequest(where, vm, detail);
  if (request.startMinimized === true && guestFamily !== "windows") {
    fail("startMinimized is for Windows guests only");
  }
  const wantCapture = request.capture ?? true;
  const filesApi = capabilities.guestFilesystem;
  if (request.stdin !== undefined && !filesApi) {
    fail(
      "stdin needs guest file transfers, which this vCenter (/rest API, vSphere 7.0 / 7.0 U1) does not have",
    );
  }
  const capture = wantCapture && filesApi;
  const needsFiles = capture || request.stdin !== undefined;
  const maxOutputBytes = request.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const args = request.args ?? [];
  const build = (files: RunFiles | undefined): GuestCommand =>
    guestFamily === "windows"
      ? windowsWrapperCommand({ runId, path: request.path, args, files })
      : linuxWrapperCommand({ runId, path: request.path, args, files, maxOutputBytes });
  const checkLength = (command: GuestCommand) => {
    if (guestFamily === "windows" && cmdLineLength(command) > CMD_MAX_COMMAND_LINE) {
      fail(
        `the cmd.exe command line would be ${cmdLineLength(command)} characters, over cmd.exe's limit of ${CMD_MAX_COMMAND_LINE}: pass less on the command line (e.g. put data in stdin or a file)`,
      );
    }
    const bytes = Buffer.byteLength(command.arguments);
    if (guestFamily === "linux" && bytes > LINUX_MAX_ARGUMENT_BYTES) {
      fail(
        `the command would be ${bytes} bytes, over Linux's limit of ${LINUX_MAX_ARGUMENT_BYTES} bytes for one argument: pass less on the command line (e.g. put data in stdin)`,
      );
    }
  };
  // Checked before anything is created in the guest, with the longest temp paths possible.
  checkLength(
    build(
      needsFiles
        ? {
            stdout: LONGEST_PATH,
            stderr: LONGEST_PATH,
            exitCode: LONGEST_PATH,
            stdin: LONGEST_PATH,
          }
        : undefined,
    ),
  );

  const files = needsFiles
    ? await createRunFiles(client, vm, credentials, {
        runId,
        guestFamily,
        capture,
        stdin: request.stdin,
        signal,
      })
    : undefined;
  const command = build(files);
  const spec: ProcessSpec = {
    path: command.path,
    arguments: command.arguments,
    ...(request.workingDirectory === undefined
      ? {}
      : { workingDirectory: request.workingDirectory }),
    ...(request.env === undefined ? {} : { env: request.env }),
    ...(request.startMinimized === undefined ? {} : { startMinimized: request.startMinimized }),
  };
  const startedAt = Date.now();
  const handle: Omit<RunHandle, "pid"> = {
    version: 1,
    runId,
    vm,
    vmName,
    guestFamily,
    startedAt,
    ...(request.timeout === undefined ? {} : { deadline: startedAt + Math.ceil(request.timeout) }),
    ...(files === undefined ? {} : { files }),
    maxOutputBytes,
    ...(capture ? {} : { outputNote: wantCapture ? REST_FLAVOR_NOTE : CAPTURE_OFF_NOTE }),
  };
  try {
    const { pid } = await safeCreate(client, vm, spec, credentials, { marker: runId, signal });
    return { kind: "started", handle: { ...handle, pid } };
  } catch (error) {
    if (signal?.aborted) {
      // The create may have reached the guest before the abort: find it and end it.
      await bestEffort(25_000, (s) => killIfStarted(client, { ...handle, pid: 0 }, credentials, s));
    }
    if (signal?.aborted) {
      if (files !== undefined) await deleteRunFiles(client, vm, credentials, files);
      throw signal.reason;
    }
    // The program may be running and writing into the files: deleting them would lose its output
    // and leave the files it creates itself (.err, .code) behind anyway. Only a failure that
    // proves nothing ran lets them go.
    if (isCreateOutcomeUnknownError(error) && files !== undefined) {
      throw keepingFiles(error, files);
    }
    if (files !== undefined) await deleteRunFiles(client, vm, credentials, files);
    if (isStartRefusal(error)) {
      const explained = explainWrapperRefusal(error, {
        vm,
        program: request.path,
        wrapper: command.path,
        guestFamily,
        source,
      });
      return { kind: "failedToStart", vm, vmName, runId, error: explained };
    }
    throw error;
  }
}

/**
 * Starts a run and returns its handle without waiting: the program runs on, and
 * {@link resumeRun}, {@link checkRun} or {@link cancelRun} take over, in this process or another.
 *
 * @throws InvalidRequestError (nothing sent); VmNotReadyError; CreateOutcomeUnknownError (the
 *   run's temp files are kept and named in it: the program may be writing to them); the
 *   client's errors (VM not found, Tools not running, guest credentials rejected, program failed
 *   to start...); `signal.reason` on abort (a program that did start is terminated)
 * @example
 * const handle = await startRun(client, { vm: "web-01", path: "/usr/local/bin/backup", credentials, timeout: 3_600_000 });
 * await store.put(id, serializeRunHandle(handle)); // no secret inside
 */
export async function startRun(
  client: PollClient,
  request: RunRequest,
  options: RunOptions = {},
): Promise<RunHandle> {
  const outcome = await beginRun(client, request, options, "startRun");
  if (outcome.kind === "failedToStart") throw outcome.error;
  return outcome.handle;
}

/** The same error, naming the run's files that exist in the guest (created before the start). */
function keepingFiles(
  error: CreateOutcomeUnknownError,
  files: RunFiles,
): CreateOutcomeUnknownError {
  return new CreateOutcomeUnknownError({
    vm: error.vm,
    runId: error.runId,
    looks: error.looks,
    cause: error.cause,
    keptFiles: [files.stdout, files.stdin].filter((path): path is string => path !== undefined),
  });
}

/** create's answers that mean "this program cannot start", as opposed to "this VM cannot run anything". */
function isStartRefusal(error: unknown): boolean {
  if (!isVcenterApiError(error) || error.operation !== "createProcess") return false;
  const kind = failureKind(error);
  if (kind === "failedToStart" || kind === "notFound") return true;
  return error.errorType === "UNAUTHORIZED" || error.errorType === "INVALID_ARGUMENT";
}

/**
 * The run's guest family, and where it came from. vCenter is asked only for a bare program name:
 * a path's shape is taken at its word, to spare every run a round trip (a wrong guess shows as the
 * wrapper's refusal, which explainWrapperRefusal puts in the user's terms).
 */
async function familyOf(
  client: PollClient,
  request: RunRequest,
  vm: string,
  signal: AbortSignal | undefined,
): Promise<{ readonly guestFamily: GuestFamily; readonly source: GuestFamilySource }> {
  if (request.guestFamily !== undefined)
    return { guestFamily: request.guestFamily, source: "request" };
  const fromPath = guestFamilyOfPath(request.path);
  if (fromPath !== undefined) return { guestFamily: fromPath, source: "path" };
  const details = await callVcenter("getVm", (s) => client.getVm(vm, { signal: s }), { signal });
  return { guestFamily: details.guestFamily === "windows" ? "windows" : "linux", source: "vm" };
}

async function waitForGuestOperations(
  client: PollClient,
  vm: string,
  vmName: string,
  waitMs: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  try {
    await poll<void>(
      async ({ signal: s }) => {
        const readiness = await client.getGuestOperationsReadiness(vm, { signal: s });
        return readiness.guestOperationsReady
          ? { state: "success", value: undefined }
          : { state: "retry" };
      },
      {
        timeout: waitMs,
        minDelay: 500,
        maxDelay: 3000,
        factor: 1.5,
        ...(signal === undefined ? {} : { signal }),
        // Tools down answers 503 here: that is "not ready yet".
        shouldRetry: (error) => isRetryable("getGuestOperationsReadiness", error),
        what: `guest operations in ${vm}`,
      },
    );
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (isWaitTimeoutError(error)) {
      throw new VmNotReadyError({
        vm,
        vmName,
        reason: "toolsNotReady",
        waitedMs: waitMs,
        cause: error,
      });
    }
    throw error;
  }
}

/** After an abort during create: finds the program by its run id and terminates it. */
async function killIfStarted(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
  signal: AbortSignal,
): Promise<void> {
  const processes = await callVcenter(
    "listProcesses",
    (s) => client.listProcesses(handle.vm, credentials, undefined, { signal: s }),
    { signal },
  );
  const ours = processes.find((process) => process.command.includes(handle.runId));
  if (ours !== undefined)
    await terminateRun(client, { ...handle, pid: ours.pid }, credentials, signal);
}
