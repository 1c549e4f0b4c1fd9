import {
  parseRunHandle,
  type RunHandle,
  resumeRun,
  terminateProcess,
  waitForProcess,
} from "@guestops/poll";
import type { CommandFunction } from "../command-context.js";
import type { ConnectionFlags } from "../config/connection.js";
import type { GuestFlags } from "../config/guest-credentials.js";
import { connect, type TrailFlags } from "../connect.js";
import { failureStatus } from "../failure-status.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import type { PrintableRun } from "../output/run-json.js";
import { parseDuration } from "../parse/duration.js";
import { printRun } from "../print-run.js";
import { resolveLogins } from "../resolve-login.js";
import { readStdinSource } from "../run-inputs.js";
import { UsageError } from "../usage-error.js";
import { resolveVmTarget } from "../vm-target.js";

/** The longest an interrupted or timed-out wait spends terminating the program, in ms. */
const TERMINATE_LIMIT_MS = 30_000;

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
 * files; with `--vm --pid` it reports the exit code only. After `--timeout` the program is
 * terminated and the status is 124, as with `run`.
 */
export const waitCommand: CommandFunction<WaitFlags> = async (flags, context) => {
  const { io, palette } = context;
  const byPid = flags.vm !== undefined && flags.pid !== undefined;
  if (
    (flags.handle !== undefined) === byPid ||
    (flags.handle !== undefined && flags.vm !== undefined)
  ) {
    throw new UsageError("give either --handle <file|-> or both --vm and --pid");
  }
  const timeout = flags.timeout === undefined ? undefined : parseDuration(flags.timeout);
  let handle: RunHandle | undefined;
  if (flags.handle !== undefined) {
    const text = new TextDecoder().decode(await readStdinSource(flags.handle, context, "--handle"));
    try {
      handle = parseRunHandle(text);
    } catch (error) {
      throw new UsageError(
        `--handle ${flags.handle} is not a run handle: ${(error as Error).message}`,
      );
    }
  }
  const vm = flags.vm ?? handle?.vmName ?? handle?.vm ?? "";
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, dryRun, finish } = connect(connection, flags, context);

  // --timeout ends the wait like Ctrl-C does (the program is terminated), but reports 124.
  const deadline = new AbortController();
  const timer =
    timeout === undefined
      ? undefined
      : setTimeout(() => deadline.abort(new Error("timeout")), timeout);
  const signal = AbortSignal.any([io.signal, deadline.signal]);
  const print = (run: PrintableRun) =>
    printRun(run, io, palette, {
      command: "wait",
      requestedVm: vm,
      json: flags.json === true,
      timeoutMs: timeout,
      interrupted: io.signal.aborted,
    });
  try {
    if (handle !== undefined) {
      const run = await resumeRun(client, handle, credentials, { signal });
      return await finish(dryRun ? EXIT.ok : print(run));
    }
    const target = await resolveVmTarget(client, vm, signal);
    const pid = flags.pid ?? 0;
    try {
      const exit = await waitForProcess(client, { vm: target.id, pid, credentials }, { signal });
      return await finish(dryRun ? EXIT.ok : print({ ...exit, status: "exited" }));
    } catch (error) {
      // waitForProcess leaves the process alone when it stops waiting; wait terminates it, with
      // everything it started (the pid of `start` is a wrapper shell: a bare delete would leave
      // the program running). Its own time limit: the caller's signal has already fired.
      if (signal.aborted) {
        await terminateProcess(
          client,
          { vm: target.id, pid, credentials },
          { signal: AbortSignal.timeout(TERMINATE_LIMIT_MS) },
        ).catch(() => undefined);
      }
      throw error;
    }
  } catch (error) {
    if (deadline.signal.aborted && !io.signal.aborted) {
      return await finish(
        print({ vm, ...(flags.pid !== undefined ? { pid: flags.pid } : {}), status: "timed_out" }),
      );
    }
    if (io.signal.aborted) {
      io.stderr.write(
        `${palette.red(`guestops: wait on ${vm} interrupted: the guest program was terminated`)}\n`,
      );
      return await finish(EXIT.interrupted);
    }
    io.stderr.write(`${palette.red(formatErrorLine(error, { command: "wait", vm }))}\n`);
    return await finish(failureStatus(error, io.signal));
  } finally {
    clearTimeout(timer);
  }
};
