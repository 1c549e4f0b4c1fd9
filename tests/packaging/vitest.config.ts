import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report is what scripts/run-tests.mjs sums into the closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    // Packs every landed package once into a temp folder; the tests share the tarballs.
    globalSetup: ["test/global-setup.ts"],
    // Packing, npm installs and child processes are slow next to unit tests; each step still has
    // its own, tighter bound where it spawns.
    testTimeout: 300_000,
    hookTimeout: 900_000,
  },
});
