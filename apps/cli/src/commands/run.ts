import type { GuestCredentials } from "@guestops/client";
import {
  cancelRun,
  DEFAULT_MAX_OUTPUT_BYTES,
  type PollClient,
  type RunHandle,
  type RunResult,
  resumeRun,
  tryStartRun,
} from "@guestops/poll";
import type { CommandFunction } from "../command-context.js";
import type { ConnectionFlags } from "../config/connection.js";
import type { GuestFlags } from "../config/guest-credentials.js";
import { connect, type TrailFlags } from "../connect.js";
import { failureStatus } from "../failure-status.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import { runToJson } from "../output/run-json.js";
import { collectVms } from "../parse/vm-list.js";
import { printRun } from "../print-run.js";
import { resolveLogins } from "../resolve-login.js";
import { runFleet } from "../run-fleet.js";
import { type RunOptionFlags, readStdinSource, resolveProgramSpec } from "../run-inputs.js";

/** Flags of `guestops run`. */
export interface RunFlags extends ConnectionFlags, GuestFlags, TrailFlags, RunOptionFlags {
  readonly vm?: readonly string[];
  readonly vmsFrom?: string;
  readonly concurrency?: number;
  readonly json?: boolean;
}

/**
 * `guestops run`: runs a program in one VM (its output and exit code become the CLI's) or, with
 * `--vms-from` or several `--vm`, in a fleet (bounded concurrency, a line or a JSON line per VM as
 * each finishes, a summary, exit 0 only if every VM exited 0).
 * Every flag, file and login is checked before the first request.
 */
export const runCommand: CommandFunction<RunFlags> = async (flags, context) => {
  const { io, palette } = context;
  const vmsFile =
    flags.vmsFrom === undefined
      ? undefined
      : new TextDecoder().decode(await readStdinSource(flags.vmsFrom, context, "--vms-from"));
  const vms = collectVms(flags.vm ?? [], vmsFile);
  const { program, secrets } = await resolveProgramSpec(flags, context);
  const { connection, credentials } = await resolveLogins(flags, context);
  const { client, dryRun, finish } = connect(connection, flags, context, secrets);
  const json = flags.json === true && !dryRun;

  // Fleet mode follows from how the VMs were named, not from how many there turned out to be: a
  // script feeding --vms-from must get the same output format and exit-status meaning whether its
  // list has one line or fifty.
  const fleet = flags.vmsFrom !== undefined || vms.length > 1;
  if (fleet) {
    const status = await runFleet(client, vms, { ...program, credentials }, context, {
      concurrency: flags.concurrency ?? 16,
      json,
      quiet: dryRun,
    });
    return finish(status);
  }

  const [vm = ""] = vms;
  const print = (run: RunResult, interrupted: boolean) =>
    printRun(run, io, palette, {
      command: "run",
      requestedVm: vm,
      json,
      timeoutMs: program.timeout,
      interrupted,
      capture: program.capture,
      maxOutputBytes: program.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES,
    });
  let handle: RunHandle | undefined;
  let run: RunResult | undefined;
  try {
    // A program vCenter refuses to start is a failed_to_start result, as runProcess reports it.
    const start = await tryStartRun(client, { vm, ...program, credentials }, { signal: io.signal });
    if (!start.started) {
      if (dryRun) return await finish(EXIT.ok);
      return await finish(print(start.result, false));
    }
    handle = start.handle;
    // On Ctrl-C (or EPIPE) the program is left running for a moment, so that cancelRun can
    // terminate it and still collect what it wrote: runProcess would delete that with the files.
    run = await resumeRun(client, handle, credentials, {
      signal: io.signal,
      leaveRunningOnAbort: true,
    });
    if (dryRun) return await finish(EXIT.ok);
    return await finish(print(run, io.signal.aborted));
  } catch (error) {
    if (handle !== undefined && run === undefined && io.signal.aborted) {
      // A dry run has nothing to print: it only ends the run, as an aborted runProcess did.
      const ended = dryRun
        ? await endRun(client, handle, credentials)
        : await cancelInterrupted(client, handle, credentials);
      if (ended !== undefined) return await finish(print(ended, true));
    }
    const status = failureStatus(error, io.signal);
    if (status === EXIT.interrupted) {
      io.stderr.write(
        `${palette.red(`guestops: run on ${vm} interrupted: the guest program was terminated`)}\n`,
      );
    } else {
      io.stderr.write(`${palette.red(formatErrorLine(error, { command: "run", vm }))}\n`);
    }
    // A run that never started is still one JSON object; an interrupted one without a result is not.
    if (json && status !== EXIT.interrupted) {
      const run = { vm, status: "failed_to_start", error } as const;
      io.stdout.write(`${JSON.stringify(runToJson(run))}\n`);
    }
    return await finish(status);
  }
};

/** The longest ending an interrupted run may take (terminate, collect, delete), in ms. */
const CANCEL_LIMIT_MS = 30_000;

/**
 * Ends a run the user interrupted: terminates the program with everything it started, collects
 * the output it wrote so far and deletes the temp files. `undefined` when that failed, after
 * ending the run as {@link endRun} does.
 */
async function cancelInterrupted(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
): Promise<RunResult | undefined> {
  try {
    return await cancelRun(client, handle, credentials, {
      signal: AbortSignal.timeout(CANCEL_LIMIT_MS),
    });
  } catch {
    return endRun(client, handle, credentials);
  }
}

/**
 * Ends a run without collecting its output: what an aborted runProcess does (the program
 * terminated, the temp files deleted, best effort, within poll's own deadline). An already
 * aborted signal makes resumeRun do exactly that, then reject with the reason, unused here.
 */
async function endRun(
  client: PollClient,
  handle: RunHandle,
  credentials: GuestCredentials,
): Promise<undefined> {
  await resumeRun(client, handle, credentials, { signal: AbortSignal.abort() }).catch(
    () => undefined,
  );
  return undefined;
}
