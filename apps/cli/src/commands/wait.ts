import { parseRunHandle, resumeRun } from "@guestops/poll";
import type { CommandFunction } from "../command-context.js";
import type { ConnectionFlags } from "../config/connection.js";
import type { GuestFlags } from "../config/guest-credentials.js";
import { connect, type TrailFlags } from "../connect.js";
import { failureStatus } from "../failure-status.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import { parseDuration } from "../parse/duration.js";
import { printRun } from "../print-run.js";
import { resolveLogins } from "../resolve-login.js";
import { readStdinSource } from "../run-inputs.js";
import { UsageError } from "../usage-error.js";

/** Flags of `guestops wait`. */
export interface WaitFlags extends ConnectionFlags, GuestFlags, TrailFlags {
  readonly vm?: string;
  readonly pid?: number;
  readonly handle?: string;
  readonly timeout?: string;
  readonly json?: boolean;
}

/**
 * `guestops wait`: waits for a program started earlier and exits with its exit code. With
 * `--handle` (from `start --json`) it also prints the captured output and removes the guest temp
 * files; with `--vm --pid` it reports the exit code only.
 */
export const waitCommand: CommandFunction<WaitFlags> = async (flags, context) => {
  const { io, palette } = context;
  if ((flags.handle === undefined) === (flags.vm === undefined || flags.pid === undefined)) {
    throw new UsageError("give either --handle <file|-> or both --vm and --pid");
  }
  const timeout = flags.timeout === undefined ? undefined : parseDuration(flags.timeout);
  let handle: ReturnType<typeof parseRunHandle>;
  if (flags.handle !== undefined) {
    const text = new TextDecoder().decode(await readStdinSource(flags.handle, context, "--handle"));
    try {
      handle = parseRunHandle(text);
    } catch (error) {
      throw new UsageError(
        `--handle ${flags.handle} is not a run handle: ${(error as Error).message}`,
      );
    }
  } else {
    handle = parseRunHandle(JSON.stringify({ vm: flags.vm, pid: flags.pid }));
  }
  const vm = flags.vm ?? handle.vm;
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, dryRun, finish } = connect(connection, flags, context);
  try {
    const run = await resolveRun();
    if (dryRun) return await finish(EXIT.ok);
    return await finish(
      printRun(run, io, palette, {
        command: "wait",
        requestedVm: vm,
        json: flags.json === true,
        timeoutMs: timeout,
        interrupted: io.signal.aborted,
      }),
    );
  } catch (error) {
    io.stderr.write(`${palette.red(formatErrorLine(error, { command: "wait", vm }))}\n`);
    return await finish(failureStatus(error, io.signal));
  }

  function resolveRun() {
    return resumeRun(client, handle, credentials, {
      signal: io.signal,
      ...(timeout !== undefined ? { timeout } : {}),
    });
  }
};
