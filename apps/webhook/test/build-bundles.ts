import { build } from "tsdown";
import { TEST_DIST } from "./test-bundles.js";

/**
 * Vitest global setup: builds the bundles once, into a folder of their own, before the suites
 * that run them (Node entry over HTTP, Lambda entry, Workers bundle in workerd), so they never
 * test a stale file. Turbo's test task only builds this package's dependencies.
 */
export default async function setup(): Promise<void> {
  await build({ logLevel: "error", outDir: TEST_DIST });
}
