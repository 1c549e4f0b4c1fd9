import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "./publishable.js";

/** Package folders (relative to the root) matched by the `packages:` globs of pnpm-workspace.yaml. */
export function workspacePackageDirs(): string[] {
  const lines = readFileSync(join(ROOT, "pnpm-workspace.yaml"), "utf8").split("\n");
  const patterns: string[] = [];
  for (const line of lines.slice(lines.findIndex((l) => /^packages:\s*$/.test(l)) + 1)) {
    if (/^\S/.test(line)) break; // the next top-level key ends the list
    const item = /^\s*-\s*["']?([^"'#]+?)["']?\s*(#.*)?$/.exec(line);
    if (item?.[1]) patterns.push(item[1]);
  }
  const dirs = patterns.flatMap((pattern) =>
    globSync(`${pattern}/package.json`, { cwd: ROOT }).map((file) => dirname(file)),
  );
  return [...new Set(dirs)].sort();
}

/**
 * A copy of what `changeset version` reads and writes: the root manifest and workspace file,
 * `.changeset/`, and every workspace package's manifest. No sources, no node_modules: changesets
 * needs none of them, and the real repo is never touched.
 */
export function scratchWorkspace(): { root: string; dirs: string[] } {
  const root = mkdtempSync(join(tmpdir(), "guestops-changesets-"));
  for (const file of ["package.json", "pnpm-workspace.yaml"]) {
    cpSync(join(ROOT, file), join(root, file));
  }
  cpSync(join(ROOT, ".changeset"), join(root, ".changeset"), { recursive: true });
  const dirs = workspacePackageDirs();
  for (const dir of dirs) {
    mkdirSync(join(root, dir), { recursive: true });
    cpSync(join(ROOT, dir, "package.json"), join(root, dir, "package.json"));
  }
  return { root, dirs };
}
