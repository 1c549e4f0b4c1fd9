// Drives a chaos plan against a real simulator: runs through runProcess and runMany while about
// 15 % of vCenter calls are faulted, then reads back what really happened in the guests.
import { createClient, type GuestOpsClient, type RequestEvent } from "@guestops/client";
import { type RunResult, runMany, runProcess } from "@guestops/poll";
import { type FaultCounters, type Simulator, startSimulator } from "@guestops/simulator";
import { startFaultTicker, type TickerCounts } from "./fault-ticker.ts";
import type { RecordedProcess, RunObservation } from "./observation.ts";
import {
  type ChaosJob,
  FLEET_ID_PREFIX,
  NORMAL_TIMEOUT_MS,
  type PlannedRun,
  planChaos,
  RUN_PROCESS_SCRIPT,
  runManyScript,
} from "./plan.ts";

/** The guest account of the simulator's fleet VMs (its defaults). */
export const ROOT = { type: "password", username: "root", password: "vmware" } as const;
const VC_USER = "administrator@vsphere.local";
const VC_PASSWORD = "password";

/** Options of {@link runChaos}. */
export interface ChaosOptions {
  readonly runs: number;
  /** @default 1 */
  readonly seed?: number;
  /**
   * Share of vCenter calls the random mode faults. 0.12 lands near 15 % of all calls once the
   * calls that meet a session expired by the ticker (answered 401) are counted too.
   * @default 0.12
   */
  readonly probability?: number;
  /** VMs in the fleet. @default 100 */
  readonly fleetSize?: number;
  /** Jobs (single runs or runMany batches) in flight at once. @default 16 */
  readonly concurrency?: number;
  /** VMs per runMany batch. @default 20 */
  readonly batchSize?: number;
  /** The simulator's retention window, in ms: short, so that programs outlive it. @default 400 */
  readonly retentionMs?: number;
  /** Share of runs that sleep past their timeout (see planChaos). @default 0.01 */
  readonly overrunShare?: number;
  /** Delay of a latency spike, in ms. @default 250 */
  readonly slowMs?: number;
  /** One extra fault (expire every session, Tools down, reset after create) every this many ms. @default 300 */
  readonly tickMs?: number;
  /**
   * Also let the random mode expire sessions (about 2.5 % of calls). Every run of a client shares
   * its session, so with hundreds of calls a second that is several expiries a second: heavy
   * churn that wears out the 5 attempts of cleanup and exit-code reads (see the README).
   * Without it, sessions expire on the ticker only. @default false
   */
  readonly randomSessionExpiry?: boolean;
  /** Share of ticks that expire every session at once. @default 0.1 */
  readonly expireShare?: number;
  /** Per-call timeout of the clients, in ms. @default 10000 */
  readonly callTimeoutMs?: number;
  /**
   * Called after each runProcess run, with the simulator and a client: a test uses it to break
   * an invariant on purpose and see the checker notice.
   */
  readonly sabotage?: (run: PlannedRun, sim: Simulator, client: GuestOpsClient) => Promise<void>;
  /** Every HTTP exchange of the clients (diagnostics: which calls a broken run made). */
  readonly onRequest?: (event: RequestEvent) => void;
  /** Progress, every few runs. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Everything a chaos run observed, for the invariant check and the table. */
export interface ChaosOutcome {
  readonly observations: readonly RunObservation[];
  readonly processes: readonly RecordedProcess[];
  readonly tempFiles: ReadonlyMap<string, readonly string[]>;
  readonly faults: FaultCounters;
  readonly ticker: TickerCounts;
  /** vCenter calls made (every operation, faulted ones included). */
  readonly calls: number;
  /** Calls the clients saw answered 401 (an expired session: renewed and replayed). */
  readonly expiredSessionAnswers: number;
  readonly retentionMs: number;
  readonly durationMs: number;
}

/** Runs a chaos plan and collects what happened; the simulator is stopped at the end. */
export async function runChaos(options: ChaosOptions): Promise<ChaosOutcome> {
  const seed = options.seed ?? 1;
  const retentionMs = options.retentionMs ?? 400;
  const fleetSize = options.fleetSize ?? 100;
  const jobs = planChaos({
    runs: options.runs,
    seed,
    fleetSize,
    retentionMs,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.overrunShare === undefined ? {} : { overrunShare: options.overrunShare }),
  });
  const sim = await startSimulator({
    tls: false,
    retentionMs,
    inventory: { vms: [], fleet: { count: fleetSize, idPrefix: FLEET_ID_PREFIX } },
    faults: {
      random: {
        probability: options.probability ?? 0.12,
        seed,
        slowMs: options.slowMs ?? 250,
        kinds: [
          "busy",
          "serviceUnavailable",
          "reset",
          "slow",
          "failToStart",
          ...(options.randomSessionExpiry ? (["sessionExpired"] as const) : []),
        ],
      },
    },
  });
  let expiredSessionAnswers = 0;
  const onRequest = (event: RequestEvent) => {
    if (event.status === 401 && event.operation !== "login") expiredSessionAnswers++;
    options.onRequest?.(event);
  };
  const connect = () =>
    createClient({
      url: sim.url,
      username: VC_USER,
      password: VC_PASSWORD,
      timeout: options.callTimeoutMs ?? 10_000,
      onRequest,
    });
  const single = connect();
  const fleet = connect();
  const observations: RunObservation[] = [];
  const total = jobs.reduce((sum, job) => sum + (job.kind === "runMany" ? job.runs.length : 1), 0);
  const began = performance.now();
  const ticker = startFaultTicker(sim, {
    everyMs: options.tickMs ?? 300,
    seed,
    ...(options.expireShare === undefined ? {} : { expireShare: options.expireShare }),
  });
  let tickerCounts: TickerCounts | undefined;
  try {
    const record = (observation: RunObservation) => {
      observations.push(observation);
      if (observations.length % 50 === 0) options.onProgress?.(observations.length, total);
    };
    const work = async (job: ChaosJob) => {
      if (job.kind === "runProcess") {
        record(await oneRun(single, job.run));
        await options.sabotage?.(job.run, sim, single);
      } else {
        for (const observation of await oneBatch(fleet, job, retentionMs)) record(observation);
      }
    };
    await pool(jobs, options.concurrency ?? 16, work);
  } finally {
    tickerCounts = ticker.stop();
    sim.faults.clear();
  }
  const durationMs = performance.now() - began;
  // A run may report before its process's record is updated (or a sabotage copy still runs):
  // give the records a moment, bounded, before reading them.
  await waitUntil(() => sim.stats.processes.every((p) => p.exitCode !== undefined), 15_000);
  const processes = sim.stats.processes.map((p) => ({
    vm: p.vm,
    pid: p.pid,
    arguments: p.arguments,
    exitCode: p.exitCode,
  }));
  const tempFiles = new Map<string, readonly string[]>();
  for (const vm of sim.inventory.list()) tempFiles.set(vm.id, await sim.inventory.tempFiles(vm.id));
  const calls = Object.values(sim.stats.calls).reduce((sum, n) => sum + n, 0);
  const faults = { ...sim.stats.faults };
  await Promise.allSettled([single.close(), fleet.close()]);
  await sim.stop();
  return {
    observations,
    processes,
    tempFiles,
    faults,
    ticker: tickerCounts,
    calls,
    expiredSessionAnswers,
    retentionMs,
    durationMs,
  };
}

async function oneRun(client: GuestOpsClient, run: PlannedRun): Promise<RunObservation> {
  const began = performance.now();
  try {
    const result = await runProcess(client, {
      vm: run.vm,
      path: "/bin/sh",
      args: [
        "-c",
        RUN_PROCESS_SCRIPT,
        run.tag,
        (run.sleepMs / 1000).toFixed(3),
        String(run.exitCode),
      ],
      credentials: ROOT,
      timeout: run.timeoutMs,
    });
    return { run, result, elapsedMs: performance.now() - began };
  } catch (error) {
    return { run, error, elapsedMs: performance.now() - began };
  }
}

async function oneBatch(
  client: GuestOpsClient,
  job: Extract<ChaosJob, { kind: "runMany" }>,
  retentionMs: number,
): Promise<RunObservation[]> {
  const byVm = new Map(job.runs.map((run) => [run.vm, run]));
  const seen: RunObservation[] = [];
  const began = performance.now();
  try {
    const items = runMany(
      client,
      job.runs.map((run) => run.vm),
      {
        path: "/bin/sh",
        args: ["-c", runManyScript(retentionMs), job.marker],
        credentials: ROOT,
        timeout: NORMAL_TIMEOUT_MS,
      },
      // Every VM of the batch at once: an item's wall time is then its own run's.
      { concurrency: job.runs.length },
    );
    for await (const item of items) {
      const run = byVm.get(item.vm);
      if (run === undefined) throw new Error(`runMany yielded a VM it was not given: ${item.vm}`);
      byVm.delete(item.vm);
      const elapsedMs = performance.now() - began;
      seen.push(
        item.result === undefined
          ? { run, error: item.error, elapsedMs }
          : { run, result: item.result as RunResult, elapsedMs },
      );
    }
  } catch (error) {
    // runMany itself failed: every run it did not report shares the error.
    for (const run of byVm.values()) {
      seen.push({ run, error, elapsedMs: performance.now() - began });
    }
    byVm.clear();
  }
  for (const run of byVm.values()) {
    seen.push({
      run,
      error: new Error(`runMany never reported ${run.vm}`),
      elapsedMs: performance.now() - began,
    });
  }
  return seen;
}

/** Runs `work` over `items`, at most `size` at a time. */
async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

async function waitUntil(done: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}
