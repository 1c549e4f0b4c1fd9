// The in-suite chaos run: the same machinery as `pnpm chaos`, on fewer runs.
import { expect, test } from "vitest";
import { assertInvariants, checkInvariants } from "../src/chaos/invariants.ts";
import { formatChaosReport } from "../src/chaos/report.ts";
import { runChaos } from "../src/chaos/run-chaos.ts";
import { TOLERANCE_MS } from "../src/chaos/tolerance.ts";

test("keeps every promise over 160 runs with about 15 % of vCenter calls faulted", async () => {
  // One run in twenty overruns its timeout: with the default one in a hundred, the two overrun
  // runs of 160 could both meet a fault that ends them otherwise, and no timeout would be tested.
  const outcome = await runChaos({
    runs: 160,
    seed: 7,
    fleetSize: 60,
    concurrency: 12,
    overrunShare: 0.05,
  });
  const report = checkInvariants({ ...outcome, toleranceMs: TOLERANCE_MS });
  console.log(formatChaosReport(outcome, report));

  assertInvariants(report);
  expect(outcome.observations).toHaveLength(160);
  // The run really met each fault it claims to survive.
  for (const kind of ["busy", "serviceUnavailable", "toolsDown", "reset", "slow"] as const) {
    expect(outcome.faults[kind], kind).toBeGreaterThan(0);
  }
  expect(outcome.ticker.expireAll).toBeGreaterThan(0);
  expect(outcome.expiredSessionAnswers, "calls that met an expired session").toBeGreaterThan(0);
  const faulted = (outcome.faults.total + outcome.expiredSessionAnswers) / outcome.calls;
  expect(faulted).toBeGreaterThan(0.08);
  expect(faulted).toBeLessThan(0.3);
  const recovered = outcome.observations.filter((o) =>
    o.result?.exitDescription.includes("exit-code file"),
  );
  expect(recovered.length, "runs whose exit code outlived vCenter's memory").toBeGreaterThan(0);
  expect(
    outcome.observations.filter((o) => o.result?.status === "timed_out").length,
  ).toBeGreaterThan(0);
}, 120_000);
