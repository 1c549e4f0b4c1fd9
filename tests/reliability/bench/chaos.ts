// `pnpm chaos`: the full chaos run (2,000 runs by default) against the simulator, with the table
// of faults injected and invariants held. Exits 1 if any invariant broke.
//
//   node bench/chaos.ts [--runs 2000] [--seed 1] [--concurrency 24]
import { parseArgs } from "node:util";
import { requireBuild } from "./require-build.ts";

requireBuild();
const { assertInvariants, checkInvariants } = await import("../src/chaos/invariants.ts");
const { formatChaosReport } = await import("../src/chaos/report.ts");
const { runChaos } = await import("../src/chaos/run-chaos.ts");
const { TOLERANCE_MS } = await import("../src/chaos/tolerance.ts");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "2000" },
    seed: { type: "string", default: "1" },
    concurrency: { type: "string", default: "24" },
    fleet: { type: "string", default: "200" },
    // Share of fault ticks that expire every session at once (0.4: heavy churn).
    "expire-share": { type: "string", default: "0.1" },
    // Let the random mode expire the shared session too (several times a second).
    "session-churn": { type: "boolean", default: false },
    probability: { type: "string", default: "0.12" },
  },
});

const runs = Number(values.runs);
console.log(`chaos: ${runs} runs, seed ${values.seed}, ~15 % of vCenter calls faulted...`);
const outcome = await runChaos({
  runs,
  seed: Number(values.seed),
  concurrency: Number(values.concurrency),
  fleetSize: Number(values.fleet),
  expireShare: Number(values["expire-share"]),
  randomSessionExpiry: values["session-churn"],
  probability: Number(values.probability),
  onProgress: (done, total) => {
    if (done % 250 === 0) console.log(`  ${done} / ${total} runs`);
  },
});
const report = checkInvariants({ ...outcome, toleranceMs: TOLERANCE_MS });
console.log(formatChaosReport(outcome, report));
try {
  assertInvariants(report);
} catch {
  process.exitCode = 1;
}
