// The simulator with 1,000 guest processes alive at once on a 1,000-VM fleet, every exit code
// read back. Exits 1 if one is missing or they were not all running together.
//
//   node bench/load-simulator.ts [--processes 1000]
import { parseArgs } from "node:util";
import { requireBuild } from "./require-build.ts";

requireBuild();
const { formatSimulatorLoad, loadSimulator } = await import("../src/load/simulator-load.ts");

const { values } = parseArgs({
  options: {
    processes: { type: "string", default: "1000" },
    // The programs are released once all are alive, or after this many ms.
    "release-after": { type: "string", default: "120000" },
  },
});
const processes = Number(values.processes);
const result = await loadSimulator({
  processes,
  releaseAfterMs: Number(values["release-after"]),
});
console.log(formatSimulatorLoad(result));
if (result.exitCodesRead !== processes || !result.releasedAtPeak) process.exitCode = 1;
