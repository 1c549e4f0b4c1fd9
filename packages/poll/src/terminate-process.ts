// Terminating a guest process by pid. vCenter's `delete` kills one pid; the pid a run reports
// (startRun, `guestops start`) is its wrapper shell, so for a run a `delete` alone would leave the
// program itself running. This is what `guestops kill` and an interrupted `guestops wait --pid` use.
import type { GuestCredentials } from "@guestops/client";
import type { GuestFamily } from "./describe-exit-code.js";
import { runMarker } from "./linux-wrapper.js";
import type { PollClient } from "./run-types.js";
import { terminateRun } from "./terminate-run.js";
import { callVcenter, deleteVcenter } from "./vcenter-call.js";

/** The process to terminate. */
export interface TerminateProcessTarget {
  /** VM identifier (`vm-42`). */
  readonly vm: string;
  readonly pid: number;
  readonly credentials: GuestCredentials;
  /** The guest's family, when known; otherwise it is read from the VM's guest OS. */
  readonly guestFamily?: GuestFamily | undefined;
}

/** How {@link terminateProcess} found the process and left it. */
export interface TerminatedProcess {
  readonly vm: string;
  readonly pid: number;
  /**
   * `terminated`: it was running and has been ended. `already_exited`: it had ended before;
   * nothing was signalled.
   */
  readonly status: "terminated" | "already_exited";
  /**
   * What was ended: `run` — a guestops run's wrapper, with its program and everything that
   * started; `process` — that one process only (vCenter's `delete`), as for any process guestops
   * did not start.
   */
  readonly scope?: "run" | "process";
  /** Its exit code, when vCenter still reports one. */
  readonly exitCode?: number;
}

/**
 * Terminates a running guest process. A guestops run's wrapper (its command line carries the run
 * marker) goes with its program and every process that started (descendants and the process
 * groups they lead; `taskkill /T` on Windows), the wrapper spared until its program is gone so it
 * still records the exit code. Any other process gets vCenter's `delete` of that one pid, as
 * `govc guest.kill` does: taking a whole tree down is only safe for a tree guestops made (the
 * tree under pid 1 is the whole guest).
 *
 * @throws the client's error when the process does not exist (NOT_FOUND) or cannot be reached
 * @example
 * await terminateProcess(client, { vm: "vm-42", pid: 4242, credentials });
 */
export async function terminateProcess(
  client: Pick<
    PollClient,
    "createProcess" | "listProcesses" | "getProcess" | "deleteProcess" | "getVm"
  >,
  target: TerminateProcessTarget,
  options: { readonly signal?: AbortSignal | undefined } = {},
): Promise<TerminatedProcess> {
  const { vm, pid, credentials } = target;
  const signal = options.signal ?? new AbortController().signal;
  const status = await callVcenter(
    "getProcess",
    (s) => client.getProcess(vm, pid, credentials, { signal: s }),
    { signal },
  );
  if (status.exitCode !== undefined) {
    return { vm, pid, status: "already_exited", exitCode: status.exitCode };
  }
  if (!status.command.includes(runMarker(""))) {
    await deleteVcenter(
      "deleteProcess",
      (s) => client.deleteProcess(vm, pid, credentials, { signal: s }),
      { signal },
    );
    return { vm, pid, status: "terminated", scope: "process" };
  }
  const guestFamily = target.guestFamily ?? (await familyOfVm(client, vm, signal));
  const outcome = await terminateRun(client, { vm, pid, guestFamily }, credentials, signal);
  switch (outcome.kind) {
    case "exited":
      return { vm, pid, status: "terminated", scope: "run", exitCode: outcome.exit.exitCode };
    case "gone":
      // It ended and vCenter no longer lists it: nothing of it is left to terminate.
      return { vm, pid, status: "terminated", scope: "run" };
    case "unknown":
      throw outcome.error;
  }
}

/** Windows when vCenter says so; Linux otherwise (an unknown guest gets bash, then `delete`). */
async function familyOfVm(
  client: Pick<PollClient, "getVm">,
  vm: string,
  signal: AbortSignal,
): Promise<GuestFamily> {
  try {
    const details = await callVcenter("getVm", (s) => client.getVm(vm, { signal: s }), { signal });
    return details.guestFamily === "windows" ? "windows" : "linux";
  } catch (error) {
    // Only the family is missing: the terminator's own start will say if vCenter is unreachable.
    if (signal.aborted) throw error;
    return "linux";
  }
}
