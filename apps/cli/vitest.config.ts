import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report is what scripts/run-tests.mjs sums into the closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    globalSetup: ["test/build-once.ts"],
    // The end-to-end tests spawn processes and run guest programs on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
