import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report is what scripts/run-tests.mjs sums into the closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    // Each test starts a simulator (a fresh TLS key pair) or a child process: seconds, not ms,
    // on a loaded 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
