import { build } from "tsdown";

/**
 * Vitest global setup: builds dist/ once before the suites that run the real bundles (Node entry
 * over HTTP, Lambda entry, Workers bundle in workerd), so they never test a stale file. Turbo's
 * test task only builds this package's dependencies.
 */
export default async function setup(): Promise<void> {
  await build({ logLevel: "error" });
}
