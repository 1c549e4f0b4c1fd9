import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The workspace root, from this file's place in `tests/packaging/src`. */
export const ROOT = join(import.meta.dirname, "..", "..", "..");

export interface Publishable {
  name: string;
  /** Folder relative to the workspace root. */
  dir: string;
  /** Libraries have an import entry point and an export-names snapshot; the CLI has a bin. */
  kind: "library" | "cli";
}

/** Every package we publish to npm. Private ones (the webhook, tests, examples) are not here. */
export const PUBLISHABLE: readonly Publishable[] = [
  { name: "@guestops/core", dir: "packages/core", kind: "library" },
  { name: "@guestops/client", dir: "packages/client", kind: "library" },
  { name: "@guestops/poll", dir: "packages/poll", kind: "library" },
  { name: "@guestops/simulator", dir: "packages/simulator", kind: "library" },
  { name: "@guestops/cli", dir: "apps/cli", kind: "cli" },
];

const ownManifest = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8"),
) as { devDependencies?: Record<string, string> };

/**
 * Whether a package is covered yet. A package counts once it is one of our `workspace:^`
 * devDependencies: that is also what makes turbo build it before our tests run, so the two
 * cannot disagree. Packages still being written show up as `it.todo` until then.
 */
export function isLanded(name: string): boolean {
  return ownManifest.devDependencies?.[name]?.startsWith("workspace:") === true;
}

export const LANDED = PUBLISHABLE.filter((pkg) => isLanded(pkg.name));
export const NOT_LANDED = PUBLISHABLE.filter((pkg) => !isLanded(pkg.name));

export function manifestOf(pkg: Publishable): {
  version: string;
  dependencies?: Record<string, string>;
} & Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, pkg.dir, "package.json"), "utf8"));
}
