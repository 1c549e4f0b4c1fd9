import type { ProcessStatus } from "@guestops/client";
import type { CommandContext, CommandFunction } from "../command-context.js";
import type { ConnectionFlags } from "../config/connection.js";
import type { GuestFlags } from "../config/guest-credentials.js";
import { connect, type TrailFlags } from "../connect.js";
import { failureStatus } from "../failure-status.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import { formatTable } from "../output/table.js";
import { readProcesses } from "../read-processes.js";
import { resolveLogins } from "../resolve-login.js";
import { resolveVmTarget } from "../vm-target.js";

/** Flags of `guestops ps`. */
export interface PsFlags extends ConnectionFlags, GuestFlags, TrailFlags {
  readonly vm: string;
  readonly pid?: readonly number[];
  readonly json?: boolean;
}

/**
 * `guestops ps`: the guest's processes, like `govc guest.ps`. With `--pid`, each process is read
 * with `get`, which reports the end time and exit code of a program started through the API
 * (kept 5 minutes) on every flavor; a pid vCenter does not know is reported, and the status is 1.
 * The whole list reports them only on `/rest`: on `/api` those columns say `?`, not `-`, because a
 * finished process must not look like a running one.
 */
export const psCommand: CommandFunction<PsFlags> = async (flags, context) => {
  const { io, palette } = context;
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, finish } = connect(connection, flags, context);
  try {
    const target = await resolveVmTarget(client, flags.vm, io.signal);
    const pids = flags.pid ?? [];
    if (pids.length > 0) {
      const { found, missing } = await readProcesses(
        client,
        target.id,
        pids,
        credentials,
        io.signal,
      );
      if (flags.dryRun) return await finish(EXIT.ok);
      printProcesses(found, { json: flags.json === true, listReportsEnd: true }, io);
      for (const pid of missing) {
        io.stderr.write(
          `${palette.red(`guestops: ps on ${flags.vm}: no process ${pid}`)} (vCenter forgets a finished process 5 minutes after it ends)\n`,
        );
      }
      return await finish(missing.length > 0 ? EXIT.failure : EXIT.ok);
    }
    const processes = await client.listProcesses(target.id, credentials, {}, { signal: io.signal });
    if (flags.dryRun) return await finish(EXIT.ok);
    const { listReportsExitCodes } = await client.capabilities({ signal: io.signal });
    printProcesses(
      processes,
      { json: flags.json === true, listReportsEnd: listReportsExitCodes },
      io,
    );
    const unknown = !listReportsExitCodes && processes.some((p) => p.finishedAt === undefined);
    if (unknown && !flags.json) {
      io.stderr.write(
        `${palette.dim(`guestops: note: ? = not reported: vCenter's process list does not say whether a process has finished; 'guestops ps --vm ${flags.vm} --pid <pid>' reads its end time and exit code (kept 5 minutes after it ends)`)}\n`,
      );
    }
    return await finish(EXIT.ok);
  } catch (error) {
    // ps reads processes: "waiting for the program" (getProcess's usual step) would mislead.
    const steps = { getProcess: "reading a guest process" };
    io.stderr.write(`${formatErrorLine(error, { command: "ps", vm: flags.vm, steps })}\n`);
    return await finish(failureStatus(error, io.signal));
  }
};

/**
 * The table (or JSON array) on stdout. `listReportsEnd` false: an unset end time means "not
 * reported" (`?`), not "still running" (`-`).
 */
function printProcesses(
  processes: readonly ProcessStatus[],
  options: { readonly json: boolean; readonly listReportsEnd: boolean },
  io: CommandContext["io"],
): void {
  if (options.json) {
    io.stdout.write(`${JSON.stringify(processes)}\n`);
    return;
  }
  const notEnded = options.listReportsEnd ? "-" : "?";
  io.stdout.write(
    formatTable(
      ["PID", "OWNER", "STARTED", "FINISHED", "EXIT", "COMMAND"],
      processes.map((p) => [
        String(p.pid),
        p.owner,
        p.startedAt,
        p.finishedAt ?? notEnded,
        p.exitCode === undefined ? notEnded : String(p.exitCode),
        oneLine(p.command),
      ]),
    ),
  );
}

const COMMAND_WIDTH = 100;

/** A command line for a table cell: one line (scripts have many), cut to a readable width. */
function oneLine(command: string): string {
  const line = command.replace(/\s+/g, " ").trim();
  return line.length > COMMAND_WIDTH ? `${line.slice(0, COMMAND_WIDTH - 1)}…` : line;
}
