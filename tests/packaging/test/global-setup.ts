import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { pack } from "../src/pack.js";
import { LANDED, ROOT } from "../src/publishable.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Package name → path of its packed tarball, for every landed publishable package. */
    tarballs: Record<string, string>;
  }
}

/** Packs once for all test files: publint, attw and the consumer project read the same bytes. */
export default async function setup(project: TestProject) {
  const destination = mkdtempSync(join(tmpdir(), "guestops-tarballs-"));
  const tarballs: Record<string, string> = {};
  for (const pkg of LANDED) {
    // Packing an unbuilt package "works" and then fails every check for missing files: say why.
    if (!existsSync(join(ROOT, pkg.dir, "dist"))) {
      throw new Error(`${pkg.dir}/dist is missing: build first (\`pnpm test\` at the root does)`);
    }
    tarballs[pkg.name] = await pack(pkg, destination);
  }
  project.provide("tarballs", tarballs);
  return () => rmSync(destination, { recursive: true, force: true });
}
