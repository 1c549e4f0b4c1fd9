import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report is what scripts/run-tests.mjs sums into the closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    // Two shared cores: the end-to-end suites start servers, workerd and redis-server.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
