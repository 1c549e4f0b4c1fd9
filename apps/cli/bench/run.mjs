// `pnpm bench` in apps/cli: the CLI's cold start, then a 1,000-VM fleet through the CLI. Both
// print their figures and ratios against baselines measured in the same run. Needs a build
// (`pnpm build`): the root `bench` script runs only the bench tasks.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.mjs", import.meta.url);
if (!existsSync(cli)) {
  console.error("apps/cli/dist/cli.mjs is missing: run `npx -y pnpm@12.4.2 build` first");
  process.exit(1);
}
await import("./cold-start.mjs");
await import("./fleet.mjs");
