// The maxRequestsPerSecond cap of runMany: a fleet of one-second jobs with and without the cap,
// every request to vCenter timed on the client (transfers to ESXi excluded; none here), and the
// busiest one-second window reported.
import { createClient, type RequestEvent } from "@guestops/client";
import { runMany } from "@guestops/poll";
import type { SimProcess } from "./sim-process.ts";
import { peakInWindow, table, verdict } from "./stats.ts";

const ROOT = { type: "password", username: "root", password: "vmware" } as const;

export interface RateFigures {
  readonly cap: number;
  readonly vms: number;
  readonly rows: readonly {
    readonly cap: number | undefined;
    readonly peak: number;
    readonly calls: number;
    readonly wallMs: number;
    readonly ok: number;
  }[];
  readonly met: boolean;
}

export async function rateCap(
  sim: SimProcess,
  options: { vms: number; cap: number; latencyMs: number },
): Promise<RateFigures> {
  await sim.setLatency(options.latencyMs);
  const names = Array.from(
    { length: options.vms },
    (_, i) => `fleet-${String(i + 1).padStart(4, "0")}`,
  );
  const rows = [];
  for (const cap of [undefined, options.cap]) {
    const sent: number[] = [];
    const client = createClient({
      url: sim.url,
      username: "administrator@vsphere.local",
      password: "password",
      onRequest: (event: RequestEvent) => {
        if (event.operation !== "download" && event.operation !== "upload") {
          sent.push(performance.now() - event.durationMs);
        }
      },
    });
    const began = performance.now();
    let ok = 0;
    for await (const item of runMany(
      client,
      names,
      { path: "/bin/sleep", args: ["1"], capture: false, credentials: ROOT },
      { concurrency: options.vms, ...(cap === undefined ? {} : { maxRequestsPerSecond: cap }) },
    )) {
      if (item.result?.status === "exited") ok += 1;
    }
    rows.push({
      cap,
      peak: peakInWindow(sent, 1000),
      calls: sent.length,
      wallMs: performance.now() - began,
      ok,
    });
    process.stdout.write(".");
  }
  process.stdout.write("\n");
  const capped = rows[1];
  return {
    ...options,
    rows,
    met: capped !== undefined && capped.peak <= options.cap && capped.ok === options.vms,
  };
}

export function printRate(r: RateFigures): string {
  return table(
    [
      `runMany, ${r.vms} VMs x sleep 1`,
      "busiest 1-s window",
      "vCenter calls",
      "wall",
      "done",
      "goal",
    ],
    r.rows.map((row) => [
      row.cap === undefined ? "no cap" : `maxRequestsPerSecond: ${row.cap}`,
      `${row.peak} calls`,
      String(row.calls),
      `${(row.wallMs / 1000).toFixed(1)} s`,
      `${row.ok}/${r.vms}`,
      row.cap === undefined ? "-" : `<= ${row.cap} in any 1 s: ${verdict(r.met)}`,
    ]),
  );
}
