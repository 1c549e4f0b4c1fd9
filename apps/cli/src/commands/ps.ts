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
 * `guestops ps`: the guest's processes (pid, owner, start, and end and exit code of programs that
 * finished in the last 5 minutes, where the API flavor reports them), like `govc guest.ps`.
 */
export const psCommand: CommandFunction<PsFlags> = async (flags, context) => {
  const { io } = context;
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, finish } = connect(connection, flags, context);
  try {
    const target = await resolveVmTarget(client, flags.vm, io.signal);
    const processes = await client.listProcesses(
      target.id,
      credentials,
      flags.pid && flags.pid.length > 0 ? { pids: flags.pid } : {},
      { signal: io.signal },
    );
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
            p.command,
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
