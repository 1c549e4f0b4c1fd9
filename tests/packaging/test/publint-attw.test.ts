import { readFileSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, inject, it } from "vitest";
import { LANDED, NOT_LANDED } from "../src/publishable.js";
import { describeFailure, run } from "../src/run.js";

const tarballs = inject("tarballs");
const attw = join(import.meta.dirname, "..", "node_modules", ".bin", "attw");

describe.each(LANDED)("$name, packed", (pkg) => {
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
});

for (const pkg of NOT_LANDED) it.todo(`${pkg.name}: publint and attw once the package has landed`);
