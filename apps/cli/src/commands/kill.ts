import type { CommandFunction } from "../command-context.js";
import type { ConnectionFlags } from "../config/connection.js";
import type { GuestFlags } from "../config/guest-credentials.js";
import { connect, type TrailFlags } from "../connect.js";
import { failureStatus } from "../failure-status.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import { resolveLogins } from "../resolve-login.js";
import { resolveVmTarget } from "../vm-target.js";

/** Flags of `guestops kill`. */
export interface KillFlags extends ConnectionFlags, GuestFlags, TrailFlags {
  readonly vm: string;
  readonly pid: number;
}

/** `guestops kill`: terminates one guest process (vCenter's `delete`, a hard kill). */
export const killCommand: CommandFunction<KillFlags> = async (flags, context) => {
  const { io } = context;
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, finish } = connect(connection, flags, context);
  try {
    const target = await resolveVmTarget(client, flags.vm, io.signal);
    await client.deleteProcess(target.id, flags.pid, credentials, { signal: io.signal });
    if (!flags.dryRun)
      io.stderr.write(`guestops: terminated process ${flags.pid} on ${flags.vm}\n`);
    return await finish(EXIT.ok);
  } catch (error) {
    io.stderr.write(`${formatErrorLine(error, { command: "kill", vm: flags.vm })}\n`);
    return await finish(failureStatus(error, io.signal));
  }
};
