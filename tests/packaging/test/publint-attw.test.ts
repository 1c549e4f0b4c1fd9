import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, inject, it } from "vitest";
import { bareImports } from "../src/bare-imports.js";
import { LANDED, manifestOf, NOT_LANDED, PUBLISHABLE } from "../src/publishable.js";
import { describeFailure, run, runOk } from "../src/run.js";

const tarballs = inject("tarballs");
const attw = join(import.meta.dirname, "..", "node_modules", ".bin", "attw");

describe.each(LANDED)("$name, packed", (pkg) => {
  it("declares every package its code imports, so it works without its siblings installed", async () => {
    // The consumer test installs all our tarballs together, which would hide an undeclared
    // import of a sibling (say, the CLI importing @guestops/poll that it meant to bundle).
    const dir = mkdtempSync(join(tmpdir(), "guestops-unpacked-"));
    try {
      await runOk("tar", ["-xzf", tarballs[pkg.name] as string, "-C", dir], {
        cwd: dir,
        timeout: 30_000,
      });
      const manifest = JSON.parse(readFileSync(join(dir, "package", "package.json"), "utf8"));
      const declared = new Set(
        ["dependencies", "peerDependencies", "optionalDependencies"].flatMap((field) =>
          Object.keys(manifest[field] ?? {}),
        ),
      );
      const undeclared = bareImports(join(dir, "package")).filter((name) => !declared.has(name));
      expect(undeclared).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has no publint message, suggestions included", async () => {
    const bytes = readFileSync(tarballs[pkg.name] as string);
    // A Buffer may be a view into a larger pool: hand publint exactly the file's bytes.
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const { messages, pkg: manifest } = await publint({
      pack: { tarball: tarball as ArrayBuffer },
      level: "suggestion",
      strict: true,
    });
    const report = messages.map(
      (m) => `${m.type}: ${formatMessage(m, manifest, { color: false })}`,
    );
    expect(report).toEqual([]);
  });

  it("has no problem in @arethetypeswrong/cli's ESM-only profile", async () => {
    // esm-only: we ship ESM on purpose (STYLE.md), so `require()` resolving to ESM and the
    // node10 resolution are not problems; every other rule stays on.
    const result = await run(
      attw,
      [tarballs[pkg.name] as string, "--profile", "esm-only", "--format", "ascii", "--no-color"],
      { cwd: import.meta.dirname, timeout: 60_000 },
    );
    expect(result.code, describeFailure(result)).toBe(0);
  });

  it("depends on our other packages at their current versions, with no workspace: or catalog: left", async () => {
    const packed = await runOk(
      "tar",
      ["-xzOf", tarballs[pkg.name] as string, "package/package.json"],
      {
        cwd: import.meta.dirname,
        timeout: 10_000,
      },
    );
    const manifest = JSON.parse(packed.stdout);
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const [name, range] of Object.entries<string>(manifest[field] ?? {})) {
        expect(range, `${field}.${name}`).not.toMatch(/^(workspace|catalog):/);
        const internal = PUBLISHABLE.find((other) => other.name === name);
        // `workspace:^` becomes `^<version in the repo>`: after `changeset version` bumps a
        // dependency, its dependents ship a range that allows the new release.
        if (internal) expect(range, `${field}.${name}`).toBe(`^${manifestOf(internal).version}`);
      }
    }
  });
});

for (const pkg of NOT_LANDED) it.todo(`${pkg.name}: publint and attw once the package has landed`);
