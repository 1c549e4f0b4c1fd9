import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { type Publishable, ROOT } from "./publishable.js";
import { runOk } from "./run.js";

/**
 * How to call pnpm: the one on PATH (under `npx pnpm@… test` that is the pinned one), else the
 * version in the root `packageManager` field through npx, as the README tells users to.
 */
export function pnpmCommand(): [string, string[]] {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, "pnpm"))) return [join(dir, "pnpm"), []];
  }
  const { packageManager } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  return ["npx", ["-y", String(packageManager)]];
}

/**
 * Packs one package with `pnpm pack` into its own folder under `destination` and returns the
 * tarball's path. pnpm, unlike npm, rewrites `workspace:^` and `catalog:` to real ranges, which
 * is what `pnpm publish` uploads.
 */
export async function pack(pkg: Publishable, destination: string): Promise<string> {
  const out = join(destination, pkg.name.replace("@", "").replace("/", "-"));
  mkdirSync(out, { recursive: true });
  const [pnpm, prefix] = pnpmCommand();
  await runOk(pnpm, [...prefix, "pack", "--pack-destination", out], {
    cwd: join(ROOT, pkg.dir),
    timeout: 120_000,
  });
  const tarballs = readdirSync(out).filter((file) => file.endsWith(".tgz"));
  if (tarballs.length !== 1)
    throw new Error(`pnpm pack left ${tarballs.length} tarballs in ${out}`);
  return join(out, tarballs[0] as string);
}
