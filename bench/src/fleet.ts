// 1,000 VMs x /bin/true, concurrency 64, capture off: runMany against a minimal hand-written loop
// (one login, names resolved in one list call, create, then get every 20 ms), both in child
// processes of their own, alternating, after a warm-up; five rounds each. Reported: median wall times and their
// ratio (goal <= 1.25), logins per run (goal exactly 1), peak RSS of the runMany process (goal
// <= 200 MB).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SimProcess } from "./sim-process.ts";
import { median, table, verdict } from "./stats.ts";

const RUNNER = fileURLToPath(new URL("./fleet-runner.mjs", import.meta.url));

interface RunnerOutput {
  readonly mode: string;
  readonly ok: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly liveHeapMb: number;
}

interface Measured extends RunnerOutput {
  readonly logins: number;
  readonly creates: number;
  readonly gets: number;
  readonly listVms: number;
}

function runChild(
  url: string,
  mode: string,
  count: number,
  concurrency: number,
  digits: number,
): Promise<RunnerOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--expose-gc", RUNNER, url, mode, String(count), String(concurrency), String(digits)],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${mode} runner failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as RunnerOutput);
      },
    );
  });
}

export interface FleetFigures {
  readonly count: number;
  readonly concurrency: number;
  readonly latencyMs: number;
  readonly runs: readonly Measured[];
  readonly handWallMs: number;
  readonly oursWallMs: number;
  readonly ratio: number;
  readonly peakRssMb: number;
  readonly quarterRssMb: number;
  readonly quarterLiveHeapMb: number;
  readonly liveHeapMb: number;
  readonly logins: readonly number[];
  readonly met: {
    readonly ratio: boolean;
    readonly logins: boolean;
    readonly rss: boolean;
    readonly flat: boolean;
    readonly ok: boolean;
  };
}

export async function fleet(
  sim: SimProcess,
  options: { count: number; concurrency: number; rounds: number; latencyMs: number },
): Promise<FleetFigures> {
  await sim.setLatency(options.latencyMs);
  const digits = Math.max(3, String(options.count).length);
  // Warm-up, not counted: the simulator's first spawns and JIT are slower than the rest.
  for (const mode of ["hand", "runMany"]) {
    await runChild(sim.url, mode, options.count / 4, options.concurrency, digits);
  }
  const runs: Measured[] = [];
  for (let round = 0; round < options.rounds; round++) {
    // Alternate which goes first, so that a warmer machine favours neither.
    const order = round % 2 === 0 ? ["hand", "runMany"] : ["runMany", "hand"];
    for (const mode of order) {
      await sim.reset();
      const out = await runChild(sim.url, mode, options.count, options.concurrency, digits);
      const stats = await sim.stats();
      runs.push({
        ...out,
        logins: stats.logins,
        creates: (stats.calls.createProcess ?? 0) + (stats.calls.createProcessRest ?? 0),
        gets: (stats.calls.getProcess ?? 0) + (stats.calls.getProcessRest ?? 0),
        listVms: (stats.calls.listVms ?? 0) + (stats.calls.listVmsRest ?? 0),
      });
      process.stdout.write(".");
    }
  }
  // Memory must not grow with the fleet: the same run on a quarter of the VMs, for comparison.
  const quarter = await runChild(
    sim.url,
    "runMany",
    options.count / 4,
    options.concurrency,
    digits,
  );
  process.stdout.write("\n");
  const hand = runs.filter((r) => r.mode === "hand");
  const ours = runs.filter((r) => r.mode === "runMany");
  const handWallMs = median(hand.map((r) => r.wallMs));
  const oursWallMs = median(ours.map((r) => r.wallMs));
  const ratio = oursWallMs / handWallMs;
  const peakRssMb = Math.max(...ours.map((r) => r.maxRssMb));
  const logins = ours.map((r) => r.logins);
  return {
    ...options,
    runs,
    handWallMs,
    oursWallMs,
    ratio,
    peakRssMb,
    quarterRssMb: quarter.maxRssMb,
    quarterLiveHeapMb: quarter.liveHeapMb,
    liveHeapMb: Math.max(...ours.map((r) => r.liveHeapMb)),
    logins,
    met: {
      ratio: ratio <= 1.25,
      logins: logins.every((n) => n === 1),
      rss: peakRssMb <= 200,
      // Flat: a fleet four times as large keeps (within a few MB) no more alive.
      flat: Math.max(...ours.map((r) => r.liveHeapMb)) <= quarter.liveHeapMb + 8,
      ok: runs.every((r) => r.ok === options.count),
    },
  };
}

export function printFleet(f: FleetFigures): string {
  const row = (mode: string) => {
    const runs = f.runs.filter((r) => r.mode === mode);
    return [
      mode === "hand" ? "hand-written loop" : "runMany",
      `${Math.round(median(runs.map((r) => r.wallMs)))} ms (${runs.map((r) => Math.round(r.wallMs)).join(", ")})`,
      `${Math.round(median(runs.map((r) => r.cpuMs)))} ms`,
      `${median(runs.map((r) => r.creates))} / ${median(runs.map((r) => r.gets))} / ${median(runs.map((r) => r.listVms))}`,
      runs.map((r) => r.logins).join(", "),
      `${Math.round(Math.max(...runs.map((r) => r.maxRssMb)))} MB`,
      `${Math.min(...runs.map((r) => r.ok))}/${f.count}`,
    ];
  };
  return [
    table(
      [
        "fleet",
        "wall, median (runs)",
        "client CPU, median",
        "creates / gets / listVms",
        "logins per run",
        "peak RSS",
        "exit 0",
      ],
      [row("hand"), row("runMany")],
    ),
    "",
    table(
      ["goal", "figure", ""],
      [
        [
          "runMany wall <= 1.25 x hand-written loop",
          `${f.ratio.toFixed(2)} x`,
          verdict(f.met.ratio),
        ],
        ["exactly 1 login per runMany", f.logins.join(", "), verdict(f.met.logins)],
        [
          "runMany peak RSS <= 200 MB (its own process)",
          `${Math.round(f.peakRssMb)} MB (${f.count / 4} VMs: ${Math.round(f.quarterRssMb)} MB)`,
          verdict(f.met.rss),
        ],
        [
          "memory flat in the number of VMs: live heap after GC",
          `${Math.round(f.liveHeapMb)} MB (${f.count / 4} VMs: ${Math.round(f.quarterLiveHeapMb)} MB)`,
          verdict(f.met.flat),
        ],
        ["every VM ran /bin/true, exit 0", f.met.ok ? "all" : "not all", verdict(f.met.ok)],
      ],
    ),
  ].join("\n");
}
