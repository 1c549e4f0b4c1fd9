// The simulator with many guest processes running at once: one runMany over an N-VM fleet, every
// program sleeping long enough for all of them to be alive together, each exiting with a code
// derived from its VM; the peak of live processes is sampled from the simulator's records.
import { createClient } from "@guestops/client";
import { runMany } from "@guestops/poll";
import { startSimulator } from "@guestops/simulator";
import { ROOT } from "../chaos/run-chaos.ts";

export interface SimulatorLoadOptions {
  readonly processes: number;
  /** How long each program sleeps, in s: longer than starting all of them takes. */
  readonly sleepS: number;
}

export interface SimulatorLoadResult {
  readonly processes: number;
  /** Most guest processes alive at one time, as the simulator recorded them. */
  readonly peakRunning: number;
  /** Runs whose reported exit code was the one its program chose. */
  readonly exitCodesRead: number;
  readonly failures: readonly string[];
  /** From the first create until the last start, and until the last exit code was read, in ms. */
  readonly allStartedMs: number;
  readonly totalMs: number;
}

export async function loadSimulator(options: SimulatorLoadOptions): Promise<SimulatorLoadResult> {
  const n = options.processes;
  const sim = await startSimulator({
    tls: false,
    inventory: { vms: [], fleet: { count: n, idPrefix: "vm-" } },
  });
  const client = createClient({
    url: sim.url,
    username: "administrator@vsphere.local",
    password: "password",
    timeout: 120_000,
  });
  let peak = 0;
  let allStartedMs = Number.NaN;
  const began = performance.now();
  const sampler = setInterval(() => {
    const running = sim.stats.processes.filter((p) => p.exitCode === undefined).length;
    peak = Math.max(peak, running);
    if (Number.isNaN(allStartedMs) && sim.stats.processes.length >= n)
      allStartedMs = performance.now() - began;
  }, 20);
  const failures: string[] = [];
  let exitCodesRead = 0;
  try {
    const vms = Array.from({ length: n }, (_, i) => `vm-${i + 1}`);
    const items = runMany(
      client,
      vms,
      {
        path: "/bin/sh",
        args: [
          "-c",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion
          'sleep "$1"; v="${PWD%/home/*}"; exit $(( ${v##*-} % 256 ))',
          "load",
          String(options.sleepS),
        ],
        credentials: ROOT,
        capture: false,
        timeout: (options.sleepS + 120) * 1000,
      },
      { concurrency: n },
    );
    for await (const item of items) {
      const expected = Number(item.vm.slice(3)) % 256;
      if (item.result?.status === "exited" && item.result.exitCode === expected) exitCodesRead++;
      else
        failures.push(
          `${item.vm}: ${item.result ? `${item.result.status} ${item.result.exitCode}` : String(item.error)}`,
        );
    }
  } finally {
    clearInterval(sampler);
    await client.close();
    await sim.stop();
  }
  return {
    processes: n,
    peakRunning: peak,
    exitCodesRead,
    failures,
    allStartedMs,
    totalMs: performance.now() - began,
  };
}

export function formatSimulatorLoad(r: SimulatorLoadResult): string {
  return [
    `simulator load: ${r.processes} guest processes on a ${r.processes}-VM fleet: peak ${r.peakRunning} running at once; all started after ${(r.allStartedMs / 1000).toFixed(1)} s`,
    `  exit codes read back: ${r.exitCodesRead} / ${r.processes} in ${(r.totalMs / 1000).toFixed(1)} s${r.failures.length ? `; failures: ${r.failures.slice(0, 5).join("; ")}` : ""}`,
  ].join("\n");
}
