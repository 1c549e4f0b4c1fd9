import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANDED, NOT_LANDED, ROOT } from "../src/publishable.js";
import { declaredExports } from "../src/type-exports.js";

// A change to a library's public surface must show up in review as a diff of these snapshots.
// After an intended change, run `vitest run -u` in tests/packaging and commit the snapshot.
const libraries = LANDED.filter((pkg) => pkg.kind === "library");
const snapshot = (file: string) => join(import.meta.dirname, "__snapshots__", "exports", file);
const fileName = (name: string) => name.replace("@guestops/", "");

describe.each(libraries)("$name", (pkg) => {
  it("exports the same runtime names as the committed snapshot", async () => {
    const module: Record<string, unknown> = await import(pkg.name);
    const names = Object.keys(module).sort();
    await expect(`${JSON.stringify(names, null, 2)}\n`).toMatchFileSnapshot(
      snapshot(`${fileName(pkg.name)}.runtime.json`),
    );
  });

  it("declares the same value and type names as the committed snapshot", async () => {
    const declared = declaredExports(join(ROOT, pkg.dir, "dist", "index.d.mts"));
    await expect(`${JSON.stringify(declared, null, 2)}\n`).toMatchFileSnapshot(
      snapshot(`${fileName(pkg.name)}.types.json`),
    );
  });

  it("declares a type for every runtime export", async () => {
    const module: Record<string, unknown> = await import(pkg.name);
    const declared = declaredExports(join(ROOT, pkg.dir, "dist", "index.d.mts"));
    expect(Object.keys(module).sort()).toEqual(declared.values);
  });
});

for (const pkg of NOT_LANDED.filter((p) => p.kind === "library")) {
  it.todo(`${pkg.name}: export-name snapshots once the package has landed`);
}
