// The simulator with many guest processes running at once: one runMany over an N-VM fleet. Every
// program waits (without spinning: a blocking read with a timeout on a shared FIFO) until a "go"
// file exists, which is created only once the simulator's records show all N alive together, so
// "all running at once" holds however slow the machine is; then each exits with a code derived
// from its VM, and every exit code must come back.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@guestops/client";
import { runMany } from "@guestops/poll";
import { startSimulator } from "@guestops/simulator";
import { ROOT } from "../chaos/run-chaos.ts";

export interface SimulatorLoadOptions {
  readonly processes: number;
  /** Release the programs anyway after this long, in ms (then the peak tells how many made it). */
  readonly releaseAfterMs: number;
}

/** The guest program: bash -c <this> load <fifo> <go-file>. */
const WAIT_THEN_EXIT = [
  'exec 3<>"$1"',
  'until [ -e "$2" ]; do read -r -t 1 -u 3 _; done',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion
  'v="${PWD%/home/*}"',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion
  "exit $(( ${v##*-} % 256 ))",
].join("; ");

export interface SimulatorLoadResult {
  readonly processes: number;
  /** Most guest processes alive at one time, as the simulator recorded them. */
  readonly peakRunning: number;
  /** Runs whose reported exit code was the one its program chose. */
  readonly exitCodesRead: number;
  readonly failures: readonly string[];
  /** Whether the programs were released because all were alive (not by the time limit). */
  readonly releasedAtPeak: boolean;
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
  const dir = mkdtempSync(join(tmpdir(), "guestops-load-"));
  const fifo = join(dir, "fifo");
  const go = join(dir, "go");
  execFileSync("mkfifo", [fifo]);
  let peak = 0;
  let allStartedMs = Number.NaN;
  let releasedAtPeak = false;
  const began = performance.now();
  const sampler = setInterval(() => {
    const running = sim.stats.processes.filter((p) => p.exitCode === undefined).length;
    peak = Math.max(peak, running);
    if (Number.isNaN(allStartedMs) && sim.stats.processes.length >= n)
      allStartedMs = performance.now() - began;
    const timeUp = performance.now() - began > options.releaseAfterMs;
    if (!existsSync(go) && (running >= n || timeUp)) {
      releasedAtPeak = running >= n;
      writeFileSync(go, "");
    }
  }, 20);
  const failures: string[] = [];
  let exitCodesRead = 0;
  try {
    const vms = Array.from({ length: n }, (_, i) => `vm-${i + 1}`);
    const items = runMany(
      client,
      vms,
      {
        path: "/bin/bash",
        args: ["-c", WAIT_THEN_EXIT, "load", fifo, go],
        credentials: ROOT,
        capture: false,
        timeout: options.releaseAfterMs + 120_000,
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
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    processes: n,
    peakRunning: peak,
    exitCodesRead,
    failures,
    releasedAtPeak,
    allStartedMs,
    totalMs: performance.now() - began,
  };
}

export function formatSimulatorLoad(r: SimulatorLoadResult): string {
  return [
    `simulator load: ${r.processes} guest processes on a ${r.processes}-VM fleet: peak ${r.peakRunning} running at once${r.releasedAtPeak ? " (all of them)" : ""}; all started after ${(r.allStartedMs / 1000).toFixed(1)} s`,
    `  exit codes read back: ${r.exitCodesRead} / ${r.processes} in ${(r.totalMs / 1000).toFixed(1)} s${r.failures.length ? `; failures: ${r.failures.slice(0, 5).join("; ")}` : ""}`,
  ].join("\n");
}
