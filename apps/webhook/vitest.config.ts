import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report is what scripts/run-tests.mjs sums into the closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    // Two shared cores: the end-to-end suites start servers, workerd and redis-server.
    testTimeout: 30_000,
    globalSetup: ["test/build-bundles.ts"],
    hookTimeout: 60_000,
    // The app's request log lines are asserted on where they matter; elsewhere they are noise.
    onConsoleLog: (log) => !log.includes('"msg":"request"'),
  },
});
