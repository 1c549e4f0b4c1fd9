import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report is what scripts/run-tests.mjs sums into the closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    // Simulators, real guest processes and child servers: generous bounds for two shared cores.
    // Each test states the limit it really needs where it is tighter than this.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Vitest's default on two cores is one worker: most of these tests wait on child processes
    // (guest programs, the bin, the webhook), so two files at a time roughly halve the wall time.
    maxWorkers: 2,
  },
});
