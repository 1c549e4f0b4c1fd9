import { serializeRunHandle, startRun } from "@guestops/poll";
import type { CommandFunction } from "../command-context.js";
import type { ConnectionFlags } from "../config/connection.js";
import type { GuestFlags } from "../config/guest-credentials.js";
import { connect, type TrailFlags } from "../connect.js";
import { failureStatus } from "../failure-status.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import { resolveLogins } from "../resolve-login.js";
import { type RunOptionFlags, resolveProgramSpec } from "../run-inputs.js";

/** Flags of `guestops start`. */
export interface StartFlags extends ConnectionFlags, GuestFlags, TrailFlags, RunOptionFlags {
  readonly vm: string;
  readonly json?: boolean;
}

/**
 * `guestops start`: starts a program and returns at once, printing its pid, or with `--json` a run
 * handle (no secret in it) that `guestops wait --handle` resumes later, from any process: wait,
 * collect the output, clean up.
 */
export const startCommand: CommandFunction<StartFlags> = async (flags, context) => {
  const { io, palette } = context;
  const { program, secrets } = await resolveProgramSpec(flags, context);
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, dryRun, finish } = connect(connection, flags, context, secrets);
  try {
    const handle = await startRun(
      client,
      { vm: flags.vm, ...program, credentials },
      { signal: io.signal },
    );
    if (dryRun) return await finish(EXIT.ok);
    if (flags.json) {
      io.stdout.write(`${serializeRunHandle(handle)}\n`);
    } else {
      io.stdout.write(`${handle.pid}\n`);
      io.stderr.write(
        palette.dim(
          `guestops: started pid ${handle.pid} on ${flags.vm}; wait for it with: guestops wait --vm ${flags.vm} --pid ${handle.pid}\n`,
        ),
      );
    }
    return await finish(EXIT.ok);
  } catch (error) {
    io.stderr.write(`${palette.red(formatErrorLine(error, { command: "start", vm: flags.vm }))}\n`);
    return await finish(failureStatus(error, io.signal));
  }
};
