import { DEFAULT_MAX_OUTPUT_BYTES, type RunManyRequest, runMany } from "@guestops/poll";
import type { CommandContext } from "./command-context.js";
import type { GuestopsClient } from "./connect.js";
import { failureStatus } from "./failure-status.js";
import { formatErrorLine } from "./output/error-line.js";
import { EXIT } from "./output/exit-status.js";
import { createFleetTally } from "./output/fleet-tally.js";
import { prefixLines } from "./output/prefix-lines.js";
import type { ProgressBar } from "./output/progress-bar.js";
import { outputText, type PrintableRun, runToJson } from "./output/run-json.js";
import { describeOutcome, isSuccessfulRun } from "./output/run-outcome.js";
import { truncationNotes } from "./output/truncation-note.js";

/** How to run and print a fleet. */
export interface FleetOptions {
  readonly concurrency: number;
  readonly json: boolean;
  /** Print nothing per VM (a dry run prints its request log instead). */
  readonly quiet: boolean;
}

/**
 * Runs one request on several VMs through `runMany` and prints each VM as it finishes: its output
 * with a `vm: ` prefix on every line (or one JSON line with `--json`), a status line on stderr
 * (every VM on a pipe; only failures above the live progress bar on a terminal), then a summary
 * of which VMs failed and why. Returns 0 only if every VM ran and exited 0; 130 after Ctrl-C.
 */
export async function runFleet(
  client: GuestopsClient,
  vms: readonly string[],
  request: RunManyRequest,
  context: CommandContext,
  options: FleetOptions,
): Promise<number> {
  const { io, palette } = context;
  const tally = createFleetTally({ ...(request.timeout ? { timeoutMs: request.timeout } : {}) });
  const live = io.stderr.isTTY === true && !options.quiet;
  // The progress display is loaded only here: a one-VM run or a pipe never pays for it.
  const progress: ProgressBar | undefined = live
    ? (await import("./output/progress-bar.js")).createProgressBar(io.stderr as never, {
        total: vms.length,
        palette,
        now: io.now,
      })
    : undefined;
  const above = (write: () => void) => (progress ? progress.suspend(write) : write());

  let failure: unknown;
  try {
    for await (const item of runMany(client, vms, request, {
      concurrency: options.concurrency,
      signal: io.signal,
    })) {
      // An item is the VM as the user named it, with its result or why it could not run.
      const vm = item.vm;
      const run: PrintableRun = item.result ?? { vm, status: "failed_to_start", error: item.error };
      const ok = isSuccessfulRun(run);
      tally.add(vm, run);
      progress?.tick(ok);
      if (options.quiet) continue;
      above(() => {
        if (options.json) {
          io.stdout.write(`${JSON.stringify(runToJson(run, vm))}\n`);
        } else {
          io.stdout.write(prefixLines(`${vm}: `, outputText(run.stdout)));
          io.stderr.write(prefixLines(`${vm}: `, outputText(run.stderr)));
          const cap = request.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
          for (const text of truncationNotes(run, vm, cap)) {
            io.stderr.write(`${palette.dim(`guestops: ${vm}: note: ${text}`)}\n`);
          }
        }
        // With --json the line on stdout says it all; on a terminal the bar counts the successes.
        if (!options.json && (!live || !ok)) {
          const outcome = describeOutcome(run, {
            ...(request.timeout ? { timeoutMs: request.timeout } : {}),
          });
          const mark = ok ? palette.green("ok") : palette.red("FAILED");
          io.stderr.write(`guestops: ${vm}: ${mark} ${outcome}\n`);
        }
      });
    }
  } catch (error) {
    failure = error;
  } finally {
    progress?.stop();
  }

  if (failure !== undefined) {
    const status = failureStatus(failure, io.signal);
    if (status === EXIT.interrupted) {
      io.stderr.write(
        `${palette.red(`guestops: run interrupted: the guest programs still running were terminated (${tally.total} of ${vms.length} VMs finished)`)}\n`,
      );
    } else {
      io.stderr.write(`${palette.red(formatErrorLine(failure, { command: "run" }))}\n`);
    }
    if (!options.quiet && tally.total > 0) io.stderr.write(tally.summary(palette));
    return status;
  }
  if (!options.quiet) io.stderr.write(tally.summary(palette));
  if (io.signal.aborted) return EXIT.interrupted;
  return tally.failed === 0 && tally.total === vms.length ? EXIT.ok : EXIT.failure;
}
