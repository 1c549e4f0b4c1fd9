// The Windows side of a run. No shell is used by VMware Tools on Windows, so redirection needs
// cmd.exe: `cmd.exe /d /s /c "<command> <in >out 2>err"`. The run id goes first, as
// `set GUESTOPS_RUN=<id>&&`, so the process can be found in a process list (and the program can
// read its run id). Termination uses `taskkill /T /F`, which kills cmd.exe and every descendant.
import type { GuestCommand } from "./linux-wrapper.js";
import { quoteCmdArgs } from "./quote-cmd.js";
import type { RunFiles } from "./run-handle.js";

/** cmd.exe's limit on the length of a command line (Microsoft KB 830473). */
export const CMD_MAX_COMMAND_LINE = 8191;

/** The cmd.exe VMware Tools starts. */
export const CMD_EXE = "C:\\Windows\\System32\\cmd.exe";

/** The taskkill used to terminate a run. */
export const TASKKILL_EXE = "C:\\Windows\\System32\\taskkill.exe";

/** What the Windows wrapper runs, and where its files go. */
export interface WindowsWrapperSpec {
  readonly runId: string;
  readonly path: string;
  readonly args: readonly string[];
  /** Temp files (capture on); unset = no redirection. */
  readonly files?: RunFiles | undefined;
}

/** What every Windows wrapper's command line carries: `set GUESTOPS_RUN=<id>`. */
export function windowsRunMarker(runId: string): string {
  return `set GUESTOPS_RUN=${runId}`;
}

/** The `create` spec of a Windows run; check its length with {@link cmdLineLength}. */
export function windowsWrapperCommand(spec: WindowsWrapperSpec): GuestCommand {
  const batchFile = /\.(bat|cmd)$/i.test(spec.path);
  const command = quoteCmdArgs([spec.path, ...spec.args], { batchFile });
  const files = spec.files;
  const stdin = files?.stdin === undefined ? "NUL" : `"${files.stdin}"`;
  const stdout = files?.stdout === undefined ? "" : ` >"${files.stdout}"`;
  const stderr = files?.stderr === undefined ? "" : ` 2>"${files.stderr}"`;
  const redirects = ` <${stdin}${stdout}${stderr}`;
  return {
    path: CMD_EXE,
    arguments: `/d /s /c "${windowsRunMarker(spec.runId)}&& ${command}${redirects}"`,
  };
}

/** The length of the command line cmd.exe sees for a spec: `"path" arguments`. */
export function cmdLineLength(command: GuestCommand): number {
  return command.path.length + 3 + command.arguments.length;
}

/** The `create` spec of the terminator of a Windows run: `taskkill /PID <pid> /T /F`. */
export function windowsTerminatorCommand(pid: number): GuestCommand {
  return { path: TASKKILL_EXE, arguments: `/PID ${pid} /T /F` };
}
