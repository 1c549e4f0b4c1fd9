// Cold start: `guestops --version` against `node -e 0`, on the same Node, interleaved so that
// machine load hits both alike. Median of RUNS each after a warm-up (which also fills Node's
// compile cache, as a user's second call would). Goal: ratio <= 1.5. `guestops --help` is shown
// too: it loads the argument parser, as every real command does.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 5;
const cli = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

for (let i = 0; i < WARMUP; i++) {
  timeOnce(["-e", "0"]);
  timeOnce([cli, "--version"]);
  timeOnce([cli, "--help"]);
}
const baseline = [];
const guestops = [];
const help = [];
for (let i = 0; i < RUNS; i++) {
  baseline.push(timeOnce(["-e", "0"]));
  guestops.push(timeOnce([cli, "--version"]));
  help.push(timeOnce([cli, "--help"]));
}
const base = median(baseline);
const ours = median(guestops);
const ratio = ours / base;
const parser = median(help);
console.log(`\ncold start (Node ${process.version}, median of ${RUNS} runs each, interleaved)`);
console.log(`  node -e 0            ${base.toFixed(1)} ms`);
console.log(`  guestops --version   ${ours.toFixed(1)} ms`);
console.log(
  `  ratio                ${ratio.toFixed(2)} (goal <= 1.5: ${ratio <= 1.5 ? "met" : "NOT met"})`,
);
console.log(
  `  guestops --help      ${parser.toFixed(1)} ms (ratio ${(parser / base).toFixed(2)}: loads the argument parser, as every command does)`,
);
