import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bump, largest, readChangesets } from "../src/changesets.js";
import { PUBLISHABLE, ROOT } from "../src/publishable.js";
import { describeFailure, run } from "../src/run.js";
import { scratchWorkspace } from "../src/scratch-workspace.js";

// `changeset version` on a scratch copy of the manifests: proves a release comes out right before
// anyone runs it on the real repo. Offline: the default changelog format needs no network.

const changesetBin = join(import.meta.dirname, "..", "node_modules", ".bin", "changeset");
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const scratches: string[] = [];

afterEach(() => {
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs `changeset version` in a fresh scratch copy, after `prepare` edits `.changeset/` there. */
async function versionScratch(prepare: (changesetDir: string) => void = () => {}) {
  const scratch = scratchWorkspace();
  scratches.push(scratch.root);
  prepare(join(scratch.root, ".changeset"));
  // The bin is a shell shim that finds `node` on PATH: make that this test's Node (24), not the
  // machine's older one.
  const result = await run(changesetBin, ["version"], {
    cwd: scratch.root,
    timeout: 60_000,
    env: { PATH: `${join(process.execPath, "..")}:${process.env.PATH}` },
  });
  expect(result.code, describeFailure(result)).toBe(0);
  const manifest = (dir: string) => readJson(join(scratch.root, dir, "package.json"));
  const changelog = (dir: string) => {
    const file = join(scratch.root, dir, "CHANGELOG.md");
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  };
  return { ...scratch, manifest, changelog };
}

const pending = readChangesets(join(ROOT, ".changeset"));
const dirOf = new Map(PUBLISHABLE.map((pkg) => [pkg.name, pkg.dir]));

describe("changeset version", () => {
  it.skipIf(pending.length === 0)(
    "bumps every package named by a pending changeset and writes its sentence to CHANGELOG.md",
    async () => {
      const scratch = await versionScratch();
      const byPackage = new Map<
        string,
        { types: (typeof pending)[number]["releases"][number]["type"][]; summaries: string[] }
      >();
      for (const changeset of pending) {
        for (const { name, type } of changeset.releases) {
          const entry = byPackage.get(name) ?? { types: [], summaries: [] };
          entry.types.push(type);
          entry.summaries.push(changeset.summary);
          byPackage.set(name, entry);
        }
      }
      for (const [name, { types, summaries }] of byPackage) {
        const dir = dirOf.get(name);
        expect(dir, `${name} is not a publishable package`).toBeDefined();
        const before = readJson(join(ROOT, dir as string, "package.json")).version;
        expect(scratch.manifest(dir as string).version, name).toBe(bump(before, largest(types)));
        for (const summary of summaries)
          expect(scratch.changelog(dir as string)).toContain(summary);
      }
      // Consumed: a second release must not repeat them.
      expect(readChangesets(join(scratch.root, ".changeset"))).toEqual([]);
      // Examples and test packages are private: a release must not version them or give them
      // changelogs, even though they depend on the released packages.
      for (const dir of scratch.dirs) {
        const before = readJson(join(ROOT, dir, "package.json"));
        if (!before.private || before.name === "@guestops/webhook") continue;
        expect(scratch.manifest(dir).version, dir).toBe(before.version);
        expect(scratch.changelog(dir), dir).toBeUndefined();
      }
    },
  );

  it("bumps every package that depends on core when only core changes, keeping workspace:^", async () => {
    const scratch = await versionScratch((changesetDir) => {
      for (const changeset of readChangesets(changesetDir))
        rmSync(join(changesetDir, changeset.file));
      writeFileSync(
        join(changesetDir, "core-only.md"),
        '---\n"@guestops/core": minor\n---\n\nA core-only change.\n',
      );
    });
    const coreBefore = readJson(join(ROOT, "packages/core/package.json")).version;
    const coreAfter = bump(coreBefore, "minor");
    expect(scratch.manifest("packages/core").version).toBe(coreAfter);

    // Whoever depends on core must ship a patch that allows the new core: for 0.x a minor is
    // outside `^`, so none may be left behind.
    const dependents = dependentsOf("@guestops/core");
    expect(dependents.length).toBeGreaterThan(0);
    for (const pkg of dependents) {
      const after = scratch.manifest(pkg.dir);
      const before = readJson(join(ROOT, pkg.dir, "package.json"));
      expect(after.version, pkg.name).toBe(bump(before.version, "patch"));
      expect(scratch.changelog(pkg.dir), pkg.name).toContain("Updated dependencies");
      for (const [dep, range] of Object.entries(before.dependencies ?? {})) {
        // pnpm turns `workspace:^` into `^<new version>` when it packs; see publint-attw.test.ts.
        if (String(range).startsWith("workspace:")) expect(after.dependencies[dep]).toBe(range);
      }
    }
    expect(scratch.changelog(dependents[0]?.dir as string)).toContain(
      `@guestops/core@${coreAfter}`,
    );
  });
});

describe("changeset version and the CLI's dependencies", () => {
  // apps/cli depends on @guestops/client and @guestops/poll (`workspace:^`, published as
  // `^<version>`, kept external by tsdown), so changesets follows them to the CLI; when they were
  // bundled devDependencies it never did.
  const internal = ["@guestops/client", "@guestops/poll"];
  const release = (name: string, type: "patch" | "minor") =>
    versionScratch((changesetDir) => {
      for (const changeset of readChangesets(changesetDir))
        rmSync(join(changesetDir, changeset.file));
      writeFileSync(join(changesetDir, "fix.md"), `---\n"${name}": ${type}\n---\n\nA fix.\n`);
    });
  const cliBefore = () => readJson(join(ROOT, "apps/cli/package.json")).version;

  it.each(internal)("releases the CLI when %s leaves the CLI's range (0.x minor)", async (name) => {
    const scratch = await release(name, "minor");
    expect(scratch.manifest("apps/cli").version).toBe(bump(cliBefore(), "patch"));
    expect(scratch.manifest("apps/cli").dependencies[name]).toBe("workspace:^");
    expect(scratch.changelog("apps/cli")).toContain("Updated dependencies");
  });

  // A patch of client or poll stays inside the CLI's `^` range, so changesets leaves the CLI
  // alone: that is correct now that the CLI no longer bundles them, because a fresh install of
  // the CLI resolves the patched version through that range. Releasing the CLI anyway would only
  // add an empty release.
  it.each(internal)(
    "leaves the CLI alone when %s has a patch release, within its range",
    async (name) => {
      const scratch = await release(name, "patch");
      expect(scratch.manifest("apps/cli").version).toBe(cliBefore());
      expect(scratch.manifest("apps/cli").dependencies[name]).toBe("workspace:^");
    },
  );
});

/**
 * Publishable packages that depend at run time on `name` directly. Only they need a bump when
 * `name` leaves their range; the next ring gets a patch of theirs, which `^` already allows.
 */
function dependentsOf(name: string) {
  return PUBLISHABLE.filter((pkg) => {
    const file = join(ROOT, pkg.dir, "package.json");
    if (!existsSync(file)) return false;
    const manifest = readJson(file);
    return [manifest.dependencies, manifest.peerDependencies].some((deps) => deps?.[name]);
  });
}
