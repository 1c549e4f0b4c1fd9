// Cold import time: a fresh Node process imports a bundle and builds the app (config validated,
// vCenter client and app created: what a Lambda init phase or a new isolate pays), measured
// inside the child around `await import()`. Median of RUNS fresh processes, against the 50 ms
// goal, and against two baselines measured the same way: hono alone (the framework), and a
// module that only touches `fetch` (Node then loads its built-in HTTP client, which any vCenter
// client pays for, at import or at its first call).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median, ms } from "./stats.mjs";

const RUNS = 15;
const GOAL = 50;

// A CA file, as most on-premises deployments need (TLS then goes through node:https).
const CA_FILE = fileURLToPath(new URL("./fixtures/ca.pem", import.meta.url));

const ENV = {
  GUESTOPS_CA_FILE: CA_FILE,
  WEBHOOK_SECRETS: "bench-secret-0123456789abcdef0123456789",
  WEBHOOK_POLICY: JSON.stringify({ vms: ["web-*"], programs: ["/bin/echo"], maxTimeoutMs: 60_000 }),
  GUESTOPS_URL: "https://vcenter.invalid",
  GUESTOPS_USERNAME: "bench",
  GUESTOPS_PASSWORD: "bench",
  GUESTOPS_GUEST_USER: "root",
  GUESTOPS_GUEST_PASSWORD: "bench",
};

function timeImport(specifier, runs) {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      env: { PATH: process.env.PATH ?? "", ...ENV },
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      encoding: "utf8",
    });
    times.push(Number(out));
  }
  return median(times);
}

export function benchColdImport() {
  const lambda = timeImport(new URL("../dist/lambda.mjs", import.meta.url).href, RUNS);
  const worker = timeImport(new URL("../dist/worker.mjs", import.meta.url).href, RUNS);
  const hono = timeImport("hono", RUNS);
  const fetchOnly = timeImport("data:text/javascript,globalThis.fetch;", RUNS);
  return [
    {
      name: "cold import, dist/lambda.mjs (app built)",
      value: `${ms(lambda)} (hono alone ${ms(hono)}; Node's fetch alone ${ms(fetchOnly)})`,
      ratio: lambda / GOAL,
      goal: "<= 50 ms",
      ok: lambda <= GOAL,
    },
    {
      name: "cold import, dist/worker.mjs (module only)",
      value: ms(worker),
      ratio: worker / GOAL,
      goal: "<= 50 ms",
      ok: worker <= GOAL,
    },
  ];
}
