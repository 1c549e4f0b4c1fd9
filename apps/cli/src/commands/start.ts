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
import { UsageError } from "../usage-error.js";

/** Flags of `guestops start`. */
export interface StartFlags extends ConnectionFlags, GuestFlags, TrailFlags, RunOptionFlags {
  readonly vm: string;
  readonly json?: boolean;
}

/**
 * `guestops start`: starts a program and returns at once, printing its pid, or with `--json` a run
 * handle (no secret in it) that `guestops wait --handle` resumes later, from any process: wait,
 * collect the output, clean up.
 *
 * Without `--json` there is no handle, so nothing will ever read or delete guest temp files, or
 * enforce a deadline: plain start captures nothing, and refuses the flags that would need them.
 */
export const startCommand: CommandFunction<StartFlags> = async (flags, context) => {
  const { io, palette } = context;
  if (!flags.json) refuseFlagsNeedingHandle(flags);
  const { program, secrets } = await resolveProgramSpec(flags, context);
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, dryRun, finish } = connect(connection, flags, context, secrets);
  try {
    const handle = await startRun(
      client,
      { vm: flags.vm, ...program, ...(flags.json ? {} : { capture: false }), credentials },
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

/**
 * The flags whose effect lives in the run handle, refused without `--json` rather than silently
 * ignored (a timeout nobody enforces) or half done (a guest temp file nobody deletes).
 *
 * @throws {UsageError} naming the flag and saying to add `--json`.
 */
function refuseFlagsNeedingHandle(flags: StartFlags): void {
  const handleOnly: readonly [flag: string, given: boolean, why: string][] = [
    [
      "--timeout",
      flags.timeout !== undefined,
      "the run handle carries the deadline and 'guestops wait --handle' enforces it; a plain pid has no deadline",
    ],
    [
      "--max-output",
      flags.maxOutput !== undefined,
      "plain start captures no output (nothing would collect it); with --json, 'guestops wait --handle' prints it",
    ],
    [
      "--stdin",
      flags.stdin !== undefined,
      "the input goes through a guest temp file that only 'guestops wait --handle' removes",
    ],
  ];
  for (const [flag, given, why] of handleOnly) {
    if (given) throw new UsageError(`${flag} needs --json: ${why}`);
  }
}
