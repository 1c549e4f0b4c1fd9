import { fileURLToPath } from "node:url";

/**
 * Where the tests build the deployable bundles: a folder of their own, so that a `build` running
 * at the same time (turbo, another terminal) cannot clean dist/ under a running suite.
 */
export const TEST_DIST = fileURLToPath(new URL("../.test-dist/", import.meta.url));

/** The path of one freshly built bundle, e.g. `bundlePath("lambda.mjs")`. */
export function bundlePath(file: string): string {
  return `${TEST_DIST}${file}`;
}
