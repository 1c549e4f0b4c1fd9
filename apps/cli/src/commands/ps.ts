import type { CommandFunction } from "../command-context.js";
import type { ConnectionFlags } from "../config/connection.js";
import type { GuestFlags } from "../config/guest-credentials.js";
import { connect, type TrailFlags } from "../connect.js";
import { failureStatus } from "../failure-status.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import { formatTable } from "../output/table.js";
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
 * (kept 5 minutes) on every flavor; the whole list reports them only on `/rest`.
 */
export const psCommand: CommandFunction<PsFlags> = async (flags, context) => {
  const { io } = context;
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, finish } = connect(connection, flags, context);
  try {
    const target = await resolveVmTarget(client, flags.vm, io.signal);
    const pids = flags.pid ?? [];
    const processes =
      pids.length > 0
        ? await Promise.all(
            pids.map((pid) =>
              client.getProcess(target.id, pid, credentials, { signal: io.signal }),
            ),
          )
        : await client.listProcesses(target.id, credentials, {}, { signal: io.signal });
    if (flags.dryRun) return await finish(EXIT.ok);
    if (flags.json) {
      io.stdout.write(`${JSON.stringify(processes)}\n`);
    } else {
      io.stdout.write(
        formatTable(
          ["PID", "OWNER", "STARTED", "FINISHED", "EXIT", "COMMAND"],
          processes.map((p) => [
            String(p.pid),
            p.owner,
            p.startedAt,
            p.finishedAt ?? "-",
            p.exitCode === undefined ? "-" : String(p.exitCode),
            oneLine(p.command),
          ]),
        ),
      );
    }
    return await finish(EXIT.ok);
  } catch (error) {
    io.stderr.write(`${formatErrorLine(error, { command: "ps", vm: flags.vm })}\n`);
    return await finish(failureStatus(error, io.signal));
  }
};

const COMMAND_WIDTH = 100;

/** A command line for a table cell: one line (scripts have many), cut to a readable width. */
function oneLine(command: string): string {
  const line = command.replace(/\s+/g, " ").trim();
  return line.length > COMMAND_WIDTH ? `${line.slice(0, COMMAND_WIDTH - 1)}…` : line;
}
