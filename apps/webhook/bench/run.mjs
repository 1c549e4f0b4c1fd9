// Benchmarks of @guestops/webhook (root `pnpm bench` runs this through turbo's bench task):
// the Workers bundle's size, cold import time, and the latency added per request at 200
// concurrent requests against the simulator, each as a ratio to its goal or baseline.
//
// Run: npx -y pnpm@12.4.2 --filter @guestops/webhook bench   (builds dist first)
import { benchBundleSize } from "./bundle-size.mjs";
import { benchColdImport } from "./cold-import.mjs";
import { benchLatency } from "./latency.mjs";

const results = [benchBundleSize(), ...benchColdImport(), ...(await benchLatency())];
for (const result of results) {
  console.log(
    `${result.ok ? "ok  " : "MISS"} ${result.name}: ${result.value}; ratio ${result.ratio.toFixed(2)} (${result.goal})`,
  );
}
