import { createClient } from "@guestops/client";
import { waitForProcess } from "@guestops/poll";
import { startSimProcess } from "./sim-process.ts";

const sim = await startSimProcess({ tls: false, inventory: { fleet: { count: 4 } } });
await sim.setLatency(20);
let events: { t: number; d: number }[] = [];
const client = createClient({
  url: sim.url,
  username: "administrator@vsphere.local",
  password: "password",
  onRequest: (e) => {
    if (e.operation === "getProcess")
      events.push({ t: performance.now() - e.durationMs, d: e.durationMs });
  },
});
await client.login();
const ROOT = { type: "password", username: "root", password: "vmware" } as const;
const lags: number[] = [];
for (let i = 0; i < 30; i++) {
  const L = 0.05 + (0.05 * i) / 30;
  events = [];
  const sent = Date.now();
  const t0 = performance.now();
  const pid = await client.createProcess(
    "vm-fleet-1",
    { path: "/bin/sleep", arguments: L.toFixed(3) },
    ROOT,
  );
  const createdAt = performance.now() - t0;
  const exit = await waitForProcess(
    client,
    { vm: "vm-fleet-1", pid, credentials: ROOT },
    { startedAt: sent },
  );
  const lag = Date.now() - Date.parse(exit.finishedAt);
  lags.push(lag);
  console.log(
    L.toFixed(3),
    "lag",
    lag,
    "dur",
    exit.durationMs,
    "create",
    createdAt.toFixed(0),
    "gets",
    events.map((e) => `${(e.t - t0).toFixed(0)}+${e.d.toFixed(0)}`).join(" "),
  );
}
console.log("max", Math.max(...lags));
await sim.stop();
