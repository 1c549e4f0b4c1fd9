// Proof that the chaos check can fail: a run whose tagged program is started a second time,
// straight through the client, must be reported loudly.
import { expect, test } from "vitest";
import { assertInvariants, checkInvariants } from "../src/chaos/invariants.ts";
import { RUN_PROCESS_SCRIPT } from "../src/chaos/plan.ts";
import { ROOT, runChaos } from "../src/chaos/run-chaos.ts";
import { TOLERANCE_MS } from "../src/chaos/tolerance.ts";

test("fails loudly when a run's program is started twice", async () => {
  const outcome = await runChaos({
    runs: 6,
    seed: 3,
    fleetSize: 6,
    probability: 0,
    tickMs: 3_600_000,
    sabotage: async (run, _sim, client) => {
      if (run.index !== 2) return;
      // The same tagged program once more, as a buggy retry would start it.
      await client.createProcess(
        run.vm,
        { path: "/bin/sh", arguments: `-c '${RUN_PROCESS_SCRIPT}' ${run.tag} 0 ${run.exitCode}` },
        ROOT,
      );
    },
  });
  const report = checkInvariants({ ...outcome, toleranceMs: TOLERANCE_MS });

  expect(report.violations).toEqual([
    expect.objectContaining({
      invariant: "oneStart",
      run: 2,
      detail: expect.stringMatching(/started 2 times/),
    }),
  ]);
  expect(() => assertInvariants(report)).toThrow(
    /1 invariant violation\(s\):\n {2}\[oneStart\] runProcess vm-3 chaos-3-000002: started 2 times/,
  );
});
