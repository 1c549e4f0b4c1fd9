// The simulator with 1,000 guest processes alive at once on a 1,000-VM fleet, every exit code
// read back. Exits 1 if one is missing or they were not all running together.
//
//   node bench/load-simulator.ts [--processes 1000] [--sleep 20]
import { parseArgs } from "node:util";
import { requireBuild } from "./require-build.ts";

requireBuild();
const { formatSimulatorLoad, loadSimulator } = await import("../src/load/simulator-load.ts");

const { values } = parseArgs({
  options: {
    processes: { type: "string", default: "1000" },
    // Long enough for every program to be started before the first one ends.
    sleep: { type: "string", default: "20" },
  },
});
const processes = Number(values.processes);
const result = await loadSimulator({ processes, sleepS: Number(values.sleep) });
console.log(formatSimulatorLoad(result));
if (result.exitCodesRead !== processes || result.peakRunning !== processes) process.exitCode = 1;
