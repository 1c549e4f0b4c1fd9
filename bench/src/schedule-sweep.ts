// The poll schedule against govc's fixed 0.5 s polling, in the same harness: real guest jobs
// (`/bin/sleep L`) on the simulator with 20 ms of injected latency per call, job lengths swept
// across every row's interval so that worst cases show, not lucky phases. Next to the measured
// figures, a model replays both schedules at 1 ms steps of job length, with the measured latency
// and jitter at its extremes: that is the worst case for every job length in between.
import { createClient, type RequestEvent } from "@guestops/client";
import {
  type PollPending,
  PROCESS_POLL_SCHEDULE,
  processPollDelay,
  processPollGap,
  waitForProcess,
} from "@guestops/poll";
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
  readonly policy: Policy;
  /** How long the job really ran (the simulator's start and end times), in s. */
  readonly ranS: number;
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
  /** Jobs measured in the row, per policy. */
  readonly counts: Record<Policy, number>;
  readonly measured: Record<Policy, Worst>;
  readonly model: Record<Policy, Worst>;
  /** The schedule's worst case (model) meets the goal. */
  readonly metModel: boolean;
  /** Every measured job met the goal. */
  readonly metMeasured: boolean;
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
    return {
      policy,
      ranS: exit.durationMs / 1000,
      lagMs: Date.now() - Date.parse(exit.finishedAt),
      gets: exit.polls,
    };
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

  const lengths = (row: Row) =>
    Array.from(
      { length: row.samples },
      (_, k) => row.from + ((row.to - row.from) * (k + 1)) / row.samples,
    );
  const samples: Sample[] = [];
  // Short rows one policy at a time and a few jobs at once, so that lags are not made of queueing.
  for (const row of ROWS.filter((r) => r.to <= 2)) {
    for (const policy of ["ours", "govc"] as const) {
      samples.push(
        ...(await runAll(
          lengths(row).map((l) => () => job(l, policy)),
          3,
        )),
      );
    }
    process.stdout.write(".");
  }
  // Long rows: every job of both policies runs concurrently, started 100 ms apart so that only a
  // few are young (and looked at often) at any time.
  const started: Promise<Sample>[] = [];
  for (const row of ROWS.filter((r) => r.to > 2)) {
    for (const length of lengths(row)) {
      for (const policy of ["ours", "govc"] as const) {
        started.push(job(length, policy));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    process.stdout.write(".");
  }
  samples.push(...(await Promise.all(started)));
  process.stdout.write("\n");

  const latency = median(getDurations);
  // A job belongs to the row of how long it really ran: on a busy machine `sleep 0.09` may run
  // 0.11 s, and is then judged with the jobs of that length.
  return ROWS.map((row) => {
    const inRow = (policy: Policy) =>
      samples.filter((x) => x.policy === policy && x.ranS > row.from && x.ranS <= row.to);
    const m = { ours: worst(inRow("ours")), govc: worst(inRow("govc")) };
    const counts = { ours: inRow("ours").length, govc: inRow("govc").length };
    const model = {
      ours: modelWorst(row, latency, "ours"),
      govc: modelWorst(row, latency, "govc"),
    };
    const ok = (w: Worst) =>
      w.lagMs <= row.maxLagMs && (row.maxGets === undefined || w.gets <= row.maxGets);
    return { row, counts, measured: m, model, metModel: ok(model.ours), metMeasured: ok(m.ours) };
  });
}

function worst(samples: readonly Sample[]): Worst {
  if (samples.length === 0) return { lagMs: Number.NaN, gets: Number.NaN };
  return {
    lagMs: Math.max(...samples.map((s) => s.lagMs)),
    gets: Math.max(...samples.map((s) => s.gets)),
  };
}

/**
 * Replays a schedule for every job length of a row at 1 ms steps: the process starts at 0, the
 * create answers after `latency` ms, each get is read by the server on arrival and answered
 * `latency` ms later (as the simulator injects it). Ours: overlapping looks while the process is
 * young, then one at a time; govc: one look every 500 ms. Jitter at 0, half and full.
 */
export function modelWorst(row: Row, latency: number, policy: Policy): Worst {
  const s = PROCESS_POLL_SCHEDULE;
  let lagMs = 0;
  let gets = 0;
  for (const random of [0, 0.5, 0.999]) {
    for (let T = Math.floor(row.from * 1000) + 1; T <= row.to * 1000; T++) {
      const { lag, calls } = policy === "ours" ? ours(T, latency, () => random) : govc(T, latency);
      lagMs = Math.max(lagMs, lag);
      gets = Math.max(gets, calls);
    }
  }
  return { lagMs: Math.round(lagMs), gets };

  function ours(T: number, L: number, random: () => number) {
    let t = L + 1;
    let calls = 0;
    let seen = Number.POSITIVE_INFINITY;
    let lastAnswer = 0;
    for (; t < s.overlapUntil; t += processPollGap(t) * (1 - s.jitter * random())) {
      if (t >= seen) return { lag: seen - T, calls };
      calls += 1;
      lastAnswer = t + L;
      if (t + 1 >= T) seen = Math.min(seen, t + L);
    }
    if (seen < Number.POSITIVE_INFINITY) return { lag: seen - T, calls };
    t = Math.max(t, lastAnswer);
    for (;;) {
      calls += 1;
      if (t + 1 >= T) return { lag: t + L - T, calls };
      t += L + processPollDelay(t, L, random);
    }
  }

  function govc(T: number, L: number) {
    for (let t = L + 1, calls = 1; ; t += Math.max(500, L), calls++) {
      if (t + 1 >= T) return { lag: t + L - T, calls };
    }
  }
}

export function printSweep(rows: readonly SweepRow[]): string {
  const f = (w: Worst) => (Number.isNaN(w.lagMs) ? "-" : `${Math.round(w.lagMs)} ms / ${w.gets}`);
  return table(
    [
      "job ran (s)",
      "jobs",
      "ours: worst lag / max gets (measured)",
      "ours (model, every ms)",
      "govc 0.5 s (measured)",
      "govc (model)",
      "govc/ours gets",
      "goal",
      "ours: model / measured",
    ],
    rows.map(({ row, counts, measured, model, metModel, metMeasured }) => [
      `${row.from} - ${row.to}`,
      `${counts.ours} + ${counts.govc}`,
      f(measured.ours),
      f(model.ours),
      f(measured.govc),
      f(model.govc),
      `${(model.govc.gets / model.ours.gets).toFixed(1)} x`,
      row.note,
      `${verdict(metModel)} / ${verdict(metMeasured)}`,
    ]),
  );
}
