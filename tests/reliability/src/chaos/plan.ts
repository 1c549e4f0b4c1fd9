// What each chaos run does, decided up front from a seed. Every run carries a tag that only its
// own command line contains, and exits with a code known in advance, so the simulator's process
// records alone can tell how many times it started and how it really ended.
import { seededRandom } from "./seeded-random.ts";

/** How a run is driven: one `runProcess` call, or one item of a `runMany` batch. */
export type RunDriver = "runProcess" | "runMany";

/** One planned run. */
export interface PlannedRun {
  /** Position in the plan, from 0. */
  readonly index: number;
  readonly driver: RunDriver;
  /** VM identifier. */
  readonly vm: string;
  /**
   * A string that only this run's guest command line contains (with `vm`, for a runMany batch,
   * whose runs share one command line).
   */
  readonly tag: string;
  /** The exit code the program chooses; a timed-out run is killed before it gets there. */
  readonly exitCode: number;
  /** How long the program runs before it exits, in ms. */
  readonly sleepMs: number;
  /** The run's `timeout`, in ms. */
  readonly timeoutMs: number;
  /** The program sleeps past its timeout: the run must end `timed_out`, on time. */
  readonly overrun: boolean;
  /** runMany batch this run belongs to. */
  readonly batch?: number | undefined;
}

/** A unit of work: one runProcess run, or one runMany batch (one VM each). */
export type ChaosJob =
  | { readonly kind: "runProcess"; readonly run: PlannedRun }
  | {
      readonly kind: "runMany";
      readonly batch: number;
      readonly marker: string;
      readonly runs: readonly PlannedRun[];
    };

/** Options of {@link planChaos}. */
export interface ChaosPlanOptions {
  readonly runs: number;
  readonly seed: number;
  /** VMs of the simulator's fleet (`vm-1` ..). */
  readonly fleetSize: number;
  /** Share of runs done through runMany. @default 0.4 */
  readonly runManyShare?: number;
  /** VMs per runMany batch (each VM once per batch). @default 20 */
  readonly batchSize?: number;
  /** Share of runs that sleep past their timeout. @default 0.01 */
  readonly overrunShare?: number;
  /** Share of runs that sleep past the simulator's retention window. @default 0.15 */
  readonly longShare?: number;
  /** The simulator's retention window, in ms. */
  readonly retentionMs: number;
}

/** The timeout of a run that is meant to end by itself, in ms: far above its sleep. */
export const NORMAL_TIMEOUT_MS = 30_000;
/** The timeout of an overrun run, in ms, and how long its program would sleep. */
export const OVERRUN_TIMEOUT_MS = 1_500;
export const OVERRUN_SLEEP_MS = 60_000;

/** Fleet VM ids are `vm-N`: shaped like vCenter's own, so clients take them as ids, not names. */
export const FLEET_ID_PREFIX = "vm-";

/** The fleet VM of a 1-based index. */
export function fleetVm(n: number): string {
  return `${FLEET_ID_PREFIX}${n}`;
}

/**
 * What a runMany run's program does, derived from the VM it runs in (all runs of a batch share
 * one command line): the guest script reads its VM from its working directory. Kept in one place
 * so the plan and the script cannot disagree.
 */
export function runManyBehaviour(
  vmNumber: number,
  retentionMs: number,
): { exitCode: number; sleepMs: number } {
  return { exitCode: (vmNumber * 7) % 256, sleepMs: vmNumber % 5 === 0 ? retentionMs * 2 : 0 };
}

/**
 * The guest script of a runMany batch, as `/bin/sh -c <script> <marker>`: the VM number comes
 * from the home directory the simulator runs it in (`<root>/vm-N/home/root`).
 */
export function runManyScript(retentionMs: number): string {
  const sleepS = ((retentionMs * 2) / 1000).toFixed(3);
  return [
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion
    'v="${PWD%/home/*}"',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion
    'n="${v##*-}"',
    `if [ $((n % 5)) -eq 0 ]; then sleep ${sleepS}; fi`,
    "exit $(((n * 7) % 256))",
  ].join("; ");
}

/** The guest script of a runProcess run, as `/bin/sh -c <script> <tag> <seconds> <code>`. */
export const RUN_PROCESS_SCRIPT = 'if [ "$1" != 0 ]; then sleep "$1"; fi; exit "$2"';

/** Plans the runs and groups them into jobs. */
export function planChaos(options: ChaosPlanOptions): ChaosJob[] {
  const random = seededRandom(options.seed);
  const batchSize = Math.min(options.batchSize ?? 20, options.fleetSize);
  const runManyShare = options.runManyShare ?? 0.4;
  const overrunShare = options.overrunShare ?? 0.01;
  const longShare = options.longShare ?? 0.15;
  const batches = Math.floor((options.runs * runManyShare) / batchSize);
  const singles = options.runs - batches * batchSize;
  const jobs: ChaosJob[] = [];
  let index = 0;
  let nextVm = 0;
  const prefix = `chaos-${options.seed}-`;

  for (let i = 0; i < singles; i++) {
    const vm = fleetVm((nextVm++ % options.fleetSize) + 1);
    // Overruns at a fixed stride, so even a small plan has some; the rest is drawn.
    const overrun = overrunShare > 0 && i % Math.round(1 / overrunShare) === 3;
    const long = !overrun && random() < longShare;
    const run: PlannedRun = {
      index,
      driver: "runProcess",
      vm,
      // Fixed width, so no tag is a prefix of another.
      tag: `${prefix}${String(index).padStart(6, "0")}`,
      exitCode: Math.floor(random() * 256),
      sleepMs: overrun
        ? OVERRUN_SLEEP_MS
        : long
          ? options.retentionMs * (1.5 + random())
          : Math.floor(random() * 3) * 20,
      timeoutMs: overrun ? OVERRUN_TIMEOUT_MS : NORMAL_TIMEOUT_MS,
      overrun,
    };
    jobs.push({ kind: "runProcess", run });
    index++;
  }
  for (let b = 0; b < batches; b++) {
    const marker = `${prefix}batch-${String(b).padStart(4, "0")}`;
    const first = Math.floor(random() * options.fleetSize);
    const runs: PlannedRun[] = [];
    for (let k = 0; k < batchSize; k++) {
      const n = ((first + k) % options.fleetSize) + 1;
      const behaviour = runManyBehaviour(n, options.retentionMs);
      runs.push({
        index,
        driver: "runMany",
        vm: fleetVm(n),
        tag: marker,
        exitCode: behaviour.exitCode,
        sleepMs: behaviour.sleepMs,
        timeoutMs: NORMAL_TIMEOUT_MS,
        overrun: false,
        batch: b,
      });
      index++;
    }
    jobs.push({ kind: "runMany", batch: b, marker, runs });
  }
  // Interleave batches among the single runs, so both drivers meet the same faults.
  return shuffle(jobs, random);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
