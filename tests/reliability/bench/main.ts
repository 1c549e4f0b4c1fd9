// `pnpm bench` for the reliability suite, at full size: the webhook under 200 clients for 10 s,
// 1,000 guest processes at once, the 2,000-run chaos run, then the property and secret tests with
// GUESTOPS_RELIABILITY_FULL=1 (100,000 webhook requests, 1,000 real bash argv runs, ...).
// Each step runs in its own process; the exit status is 1 if any failed.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL("..", import.meta.url));
const node = process.execPath;
const steps: [string, string[], Record<string, string>][] = [
  ["webhook load", [node, "bench/load-webhook.ts"], {}],
  ["simulator load", [node, "bench/load-simulator.ts"], {}],
  ["chaos", [node, "bench/chaos.ts"], {}],
  [
    "property and secret tests, full size",
    [
      node,
      "node_modules/vitest/vitest.mjs",
      "run",
      "--reporter=default",
      "test/quote-bash.property.test.ts",
      "test/quote-cmd.property.test.ts",
      "test/parse-vapi-error.property.test.ts",
      "test/cli-parsing.property.test.ts",
      "test/webhook-fuzz.property.test.ts",
      "test/secret-hygiene-cli.test.ts",
      "test/secret-hygiene-library.test.ts",
      "test/secret-hygiene-webhook.test.ts",
    ],
    { GUESTOPS_RELIABILITY_FULL: "1" },
  ],
];
const failed: string[] = [];
for (const [name, [command, ...args], env] of steps) {
  console.log(`\n== ${name}`);
  const run = spawnSync(command as string, args, {
    cwd: here,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) failed.push(name);
}
console.log(
  failed.length === 0
    ? "\nreliability bench: every step passed"
    : `\nreliability bench: FAILED: ${failed.join(", ")}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
