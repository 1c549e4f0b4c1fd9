// What an emulated Windows program does. Nothing runs on a Windows guest, so a program is only a
// record that ends after the VM's emulation settings; taskkill is the exception, because clients
// end Windows runs with it and would otherwise wait for the program's natural end.
import type { VmState } from "./inventory-config.js";
import type { GuestProcess, ProcessManager, StartRequest } from "./process-manager.js";
import { parseTaskkillCommand, type TaskkillCommand } from "./taskkill-command.js";

/** taskkill's exit code when it ended every process it was given. */
const TASKKILL_ENDED = 0;
/** taskkill's exit code when a process could not be ended (access denied: the System process). */
const TASKKILL_FAILED = 1;
/** taskkill's exit code for `ERROR: The process "<n>" not found.` */
const TASKKILL_NOT_FOUND = 128;

/**
 * Ends the processes a taskkill names, as `taskkill /F` does (TerminateProcess with exit code 1,
 * the code `delete` gives too). `/T` needs no more: emulated programs start no processes of
 * their own, so each tree is the process alone. `/F` is implied: emulated programs have no
 * window to close politely.
 */
function runTaskkill(processes: ProcessManager, vm: string, command: TaskkillCommand): number {
  let notFound = false;
  let failed = false;
  for (const pid of command.pids) {
    const outcome = processes.terminate(vm, pid);
    if (outcome === "not-running") notFound = true;
    if (outcome === "protected") failed = true;
  }
  if (notFound) return TASKKILL_NOT_FOUND;
  return failed ? TASKKILL_FAILED : TASKKILL_ENDED;
}

/**
 * Starts an emulated program on a Windows guest: a taskkill (direct or through `cmd.exe /c`) ends
 * its targets and finishes at once with taskkill's exit code; anything else finishes after the
 * VM's `emulation.durationMs` with `emulation.exitCode`.
 */
export function startWindowsProgram(
  processes: ProcessManager,
  vm: VmState,
  request: StartRequest,
): GuestProcess {
  const taskkill = parseTaskkillCommand(request.path, request.arguments);
  if (taskkill === undefined) {
    return processes.startEmulated(request, vm.emulation.exitCode, vm.emulation.durationMs);
  }
  // The targets end before taskkill's own record exists, so a taskkill can never name itself.
  const exitCode = runTaskkill(processes, vm.id, taskkill);
  return processes.startEmulated(request, exitCode, 0);
}
