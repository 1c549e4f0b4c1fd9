// `pnpm bench` for @guestops/poll: the poll schedule against govc's, a fleet against a
// hand-written loop, memory, and the rate cap; every ratio is measured in this same run, against
// the simulator in a process of its own. Needs a build (`pnpm build`): the root `bench` script
// runs only the bench tasks.
import { existsSync } from "node:fs";

for (const pkg of ["core", "client", "poll", "simulator"]) {
  if (!existsSync(new URL(`../../packages/${pkg}/dist/index.mjs`, import.meta.url))) {
    console.error(`packages/${pkg}/dist is missing: run \`npx -y pnpm@12.4.2 build\` first`);
    process.exit(1);
  }
}

await import("./run-all.ts");
