import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report is what scripts/run-tests.mjs sums into the closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
