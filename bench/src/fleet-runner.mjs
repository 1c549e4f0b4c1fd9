// One fleet run in a process of its own (so that its peak RSS is its own): either runMany, or the
// minimal hand-written loop it is compared with. Prints one JSON line with the figures.
// Plain JavaScript on purpose: Node's TypeScript stripping costs about 17 MB of RSS by itself,
// which a user's compiled program does not carry, and would be counted against the fleet.
//
//   node fleet-runner.mjs <url> <runMany|hand> <count> <concurrency> <name digits>
import { createClient } from "@guestops/client";
import { runMany } from "@guestops/poll";

const [url = "", mode = "runMany", countText = "1000", concurrencyText = "64", digits = "4"] =
  process.argv.slice(2);
const count = Number(countText);
const concurrency = Number(concurrencyText);
const ROOT = { type: "password", username: "root", password: "vmware" };
const width = Number(digits);
const names = Array.from(
  { length: count },
  (_, i) => `fleet-${String(i + 1).padStart(width, "0")}`,
);
const client = createClient({ url, username: "administrator@vsphere.local", password: "password" });

let ok = 0;
const began = performance.now();
if (mode === "runMany") {
  for await (const item of runMany(
    client,
    names,
    { path: "/bin/true", capture: false, credentials: ROOT },
    { concurrency },
  )) {
    if (item.result?.status === "exited" && item.result.exitCode === 0) ok += 1;
  }
} else {
  // The baseline: one login, every name resolved by one list call, then per VM a create and a get
  // every 20 ms until it reports an exit code; `concurrency` VMs at a time.
  await client.login();
  const wanted = new Set(names);
  const vms = (await client.listVms()).filter((vm) => wanted.has(vm.name));
  let index = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (index < vms.length) {
        const vm = vms[index++].vm;
        const pid = await client.createProcess(vm, { path: "/bin/true" }, ROOT);
        for (;;) {
          const status = await client.getProcess(vm, pid, ROOT);
          if (status.exitCode !== undefined) {
            if (status.exitCode === 0) ok += 1;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    }),
  );
}
const wallMs = performance.now() - began;
// Run with --expose-gc: after the peak has been recorded, what is still alive once collected.
globalThis.gc?.();
const liveHeapMb = process.memoryUsage().heapUsed / 1048576;
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    mode,
    ok,
    wallMs,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssMb: usage.maxRSS / 1024,
    liveHeapMb,
  }),
);
