import { terminateProcess } from "@guestops/poll";
import type { CommandFunction } from "../command-context.js";
import type { ConnectionFlags } from "../config/connection.js";
import type { GuestFlags } from "../config/guest-credentials.js";
import { connect, type TrailFlags } from "../connect.js";
import { failureStatus } from "../failure-status.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import { resolveLogins } from "../resolve-login.js";
import { resolveVmTarget } from "../vm-target.js";

/** Kill reads the process first: its failure there is about finding it, not waiting for it. */
const KILL_STEPS = { getProcess: "finding the process", createProcess: "terminating the program" };

/** Flags of `guestops kill`. */
export interface KillFlags extends ConnectionFlags, GuestFlags, TrailFlags {
  readonly vm: string;
  readonly pid: number;
}

/**
 * `guestops kill`: terminates a guest process. The pid `start` prints is a wrapper shell's, and
 * vCenter's `delete` alone would end only that shell and leave the program running, so a guestops
 * run goes with everything it started (poll's terminateProcess); any other process gets vCenter's
 * `delete` of that one pid, as govc's guest.kill.
 */
export const killCommand: CommandFunction<KillFlags> = async (flags, context) => {
  const { io } = context;
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, finish } = connect(connection, flags, context);
  try {
    const target = await resolveVmTarget(client, flags.vm, io.signal);
    const ended = await terminateProcess(
      client,
      { vm: target.id, pid: flags.pid, credentials },
      { signal: io.signal },
    );
    if (!flags.dryRun) {
      io.stderr.write(
        ended.status === "terminated"
          ? `guestops: terminated process ${flags.pid} on ${flags.vm}${ended.scope === "run" ? ", with the processes it started" : ""}\n`
          : `guestops: process ${flags.pid} on ${flags.vm} had already exited${ended.exitCode === undefined ? "" : ` with code ${ended.exitCode}`}: nothing to terminate\n`,
      );
    }
    return await finish(EXIT.ok);
  } catch (error) {
    io.stderr.write(
      `${formatErrorLine(error, { command: "kill", vm: flags.vm, steps: KILL_STEPS })}\n`,
    );
    return await finish(failureStatus(error, io.signal));
  }
};
