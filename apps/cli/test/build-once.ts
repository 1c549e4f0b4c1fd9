// Vitest global setup: the end-to-end tests spawn dist/cli.mjs, so build it when it is missing or
// older than the sources (turbo's test task builds first; a bare `vitest` run may not have).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const bin = join(root, "dist", "cli.mjs");
  const sources = Math.max(
    newest(join(root, "src")),
    statSync(join(root, "tsdown.config.ts")).mtimeMs,
  );
  if (existsSync(bin) && statSync(bin).mtimeMs >= sources) return;
  const build = spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsdown", "dist", "run.mjs")],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (build.status !== 0) throw new Error("building the CLI for the end-to-end tests failed");
}
