// The poll schedule against govc's fixed 0.5 s polling, in the same harness: real guest jobs
// (`/bin/sleep L`) on the simulator with 20 ms of injected latency per call, job lengths swept
// across every row's interval so that worst cases show, not lucky phases. Next to the measured
// figures, a model replays both schedules at 1 ms steps of job length, with the measured latency
// and jitter at its extremes: that is the worst case for every job length in between.
import { createClient, type RequestEvent } from "@guestops/client";
import { type PollPending, processPollDelay, waitForProcess } from "@guestops/poll";
import type { SimProcess } from "./sim-process.ts";
import { median, table, verdict } from "./stats.ts";

const ROOT = { type: "password", username: "root", password: "vmware" } as const;

/** One row: job lengths in (from, to] seconds, the goal that applies, how many jobs to run. */
interface Row {
  readonly from: number;
  readonly to: number;
  readonly samples: number;
  readonly maxLagMs: number;
  readonly maxGets?: number;
  readonly note: string;
}

const ROWS: readonly Row[] = [
  { from: 0.02, to: 0.05, samples: 12, maxLagMs: 60, maxGets: 15, note: "lag <= 60 ms" },
  { from: 0.05, to: 0.1, samples: 12, maxLagMs: 60, maxGets: 15, note: "lag <= 60 ms" },
  {
    from: 0.1,
    to: 0.2,
    samples: 12,
    maxLagMs: 500,
    maxGets: 15,
    note: "lag <= 500 ms, <= 15 gets",
  },
  {
    from: 0.2,
    to: 0.5,
    samples: 12,
    maxLagMs: 500,
    maxGets: 15,
    note: "lag <= 500 ms, <= 15 gets",
  },
  { from: 0.5, to: 1, samples: 12, maxLagMs: 500, maxGets: 15, note: "lag <= 500 ms, <= 15 gets" },
  { from: 1, to: 2, samples: 16, maxLagMs: 500, maxGets: 15, note: "lag <= 500 ms, <= 15 gets" },
  { from: 2, to: 3, samples: 12, maxLagMs: 5000, maxGets: 35, note: "lag <= 5 s, <= 35 gets" },
  { from: 3, to: 5, samples: 12, maxLagMs: 5000, maxGets: 35, note: "lag <= 5 s, <= 35 gets" },
  { from: 5, to: 10, samples: 16, maxLagMs: 5000, maxGets: 35, note: "lag <= 5 s, <= 35 gets" },
  { from: 10, to: 60, samples: 30, maxLagMs: 5000, maxGets: 35, note: "lag <= 5 s, <= 35 gets" },
];

type Policy = "ours" | "govc";

/** govc's `guest.run` loop: a look every 0.5 s. */
const govcDelay = (pending: PollPending) => Math.max(0, 500 - pending.checkDuration);

interface Sample {
  readonly lengthS: number;
  readonly lagMs: number;
  readonly gets: number;
}

/** Worst lag and most gets over a set of samples (or model points). */
interface Worst {
  readonly lagMs: number;
  readonly gets: number;
}

export interface SweepRow {
  readonly row: Row;
  readonly measured: Record<Policy, Worst>;
  readonly model: Record<Policy, Worst>;
  readonly met: boolean;
}

export async function scheduleSweep(sim: SimProcess, vms: readonly string[]): Promise<SweepRow[]> {
  await sim.setLatency(20);
  const getDurations: number[] = [];
  const client = createClient({
    url: sim.url,
    username: "administrator@vsphere.local",
    password: "password",
    onRequest: (event: RequestEvent) => {
      if (event.operation === "getProcess") getDurations.push(event.durationMs);
    },
  });
  await client.login();
  let next = 0;
  const job = async (lengthS: number, policy: Policy): Promise<Sample> => {
    const vm = vms[next++ % vms.length] as string;
    const sent = Date.now();
    const pid = await client.createProcess(
      vm,
      { path: "/bin/sleep", arguments: lengthS.toFixed(3) },
      ROOT,
    );
    const exit = await waitForProcess(
      client,
      { vm, pid, credentials: ROOT },
      { startedAt: sent, ...(policy === "govc" ? { delay: govcDelay } : {}) },
    );
    return { lengthS, lagMs: Date.now() - Date.parse(exit.finishedAt), gets: exit.polls };
  };
  /** Runs the jobs `limit` at a time. */
  const runAll = async (jobs: readonly (() => Promise<Sample>)[], limit: number) => {
    const out: Sample[] = [];
    let index = 0;
    await Promise.all(
      Array.from({ length: limit }, async () => {
        while (index < jobs.length) out.push(await (jobs[index++] as () => Promise<Sample>)());
      }),
    );
    return out;
  };

  const measured: Record<Policy, Worst>[] = [];
  const lengths = (row: Row) =>
    Array.from(
      { length: row.samples },
      (_, k) => row.from + ((row.to - row.from) * (k + 1)) / row.samples,
    );
  // Short rows one policy at a time and a few jobs at once, so that lags are not made of queueing;
  // the long rows (looks seconds apart) all at once, both policies together.
  const short = ROWS.filter((row) => row.to <= 2);
  const long = ROWS.filter((row) => row.to > 2);
  for (const row of short) {
    const result = {} as Record<Policy, Worst>;
    for (const policy of ["ours", "govc"] as const) {
      result[policy] = worst(
        await runAll(
          lengths(row).map((l) => () => job(l, policy)),
          4,
        ),
      );
    }
    measured.push(result);
    process.stdout.write(".");
  }
  const longResults = await Promise.all(
    long.map(async (row) => {
      const [ours, govc] = await Promise.all(
        (["ours", "govc"] as const).map((policy) =>
          Promise.all(lengths(row).map((l) => job(l, policy))),
        ),
      );
      process.stdout.write(".");
      return { ours: worst(ours ?? []), govc: worst(govc ?? []) };
    }),
  );
  measured.push(...longResults);
  process.stdout.write("\n");

  const latency = median(getDurations);
  return ROWS.map((row, i) => {
    const m = measured[i] as Record<Policy, Worst>;
    const model = {
      ours: modelWorst(row, latency, "ours"),
      govc: modelWorst(row, latency, "govc"),
    };
    const ok = (w: Worst) =>
      w.lagMs <= row.maxLagMs && (row.maxGets === undefined || w.gets <= row.maxGets);
    return { row, measured: m, model, met: ok(m.ours) && ok(model.ours) };
  });
}

function worst(samples: readonly Sample[]): Worst {
  return {
    lagMs: Math.max(...samples.map((s) => s.lagMs)),
    gets: Math.max(...samples.map((s) => s.gets)),
  };
}

/**
 * Replays a schedule for every job length of a row at 1 ms steps: the process starts at 0, the
 * create answers after `latency` ms, each get is read by the server on arrival and answered
 * `latency` ms later (as the simulator injects it). Jitter at 0, half and full.
 */
export function modelWorst(row: Row, latency: number, policy: Policy): Worst {
  let lagMs = 0;
  let gets = 0;
  for (const random of [0, 0.5, 0.999]) {
    for (let T = Math.floor(row.from * 1000) + 1; T <= row.to * 1000; T++) {
      let t = latency + 1;
      for (let calls = 1; ; calls++) {
        if (t + 1 >= T) {
          lagMs = Math.max(lagMs, t + latency - T);
          gets = Math.max(gets, calls);
          break;
        }
        const delay =
          policy === "ours"
            ? processPollDelay(t, latency, () => random)
            : Math.max(0, 500 - latency);
        t += latency + delay;
      }
    }
  }
  return { lagMs: Math.round(lagMs), gets };
}

export function printSweep(rows: readonly SweepRow[]): string {
  const f = (w: Worst) => `${Math.round(w.lagMs)} ms / ${w.gets}`;
  return table(
    [
      "job length (s)",
      "ours: worst lag / max gets (measured)",
      "ours (model, every ms)",
      "govc 0.5 s (measured)",
      "govc (model)",
      "goal",
      "ours",
    ],
    rows.map(({ row, measured, model, met }) => [
      `${row.from} - ${row.to}`,
      f(measured.ours),
      f(model.ours),
      f(measured.govc),
      f(model.govc),
      row.note,
      verdict(met),
    ]),
  );
}
