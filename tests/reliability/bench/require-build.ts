// bench/ runs the built packages (no vitest to compile sources): say "build first" instead of a
// module-not-found stack when a dist is missing.
import { existsSync } from "node:fs";

/** What the chaos run needs. */
export const LIBRARIES = [
  "packages/core/dist/index.mjs",
  "packages/client/dist/index.mjs",
  "packages/poll/dist/index.mjs",
  "packages/simulator/dist/index.mjs",
];

/** What the webhook load run needs too. */
export const WEBHOOK = ["apps/webhook/dist/index.mjs", "apps/webhook/dist/node.mjs"];

/** Exits with status 1 and one line per missing build output. */
export function requireBuild(needed: readonly string[] = LIBRARIES): void {
  const missing = needed.filter(
    (file) => !existsSync(new URL(`../../../${file}`, import.meta.url)),
  );
  if (missing.length === 0) return;
  for (const file of missing) console.error(`${file} is missing`);
  console.error("build first: npx -y pnpm@12.4.2 build");
  process.exit(1);
}
