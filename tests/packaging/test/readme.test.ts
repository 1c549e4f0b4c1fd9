import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ConsumerProject, createConsumerProject, runIn } from "../src/consumer-project.js";
import { currentNode } from "../src/node-versions.js";
import { LANDED, manifestOf, PUBLISHABLE, ROOT } from "../src/publishable.js";
import { type CodeBlock, codeBlocks, installedPackages, packageName } from "../src/readme.js";
import { describeFailure, type RunResult } from "../src/run.js";

// "Tried as a new user would": a fresh npm project that knows only the READMEs. It installs what
// their Install sections say (third-party packages at whatever version npm picks today, as a new
// user gets them), then typechecks every TypeScript example that imports one of our packages and
// runs every example that is a vitest test. One Node line suffices: the consumer test covers both.

const tarballs = inject("tarballs");
const FIXTURES = join(import.meta.dirname, "fixtures", "consumer");
const CONSUMER_VITEST = "vitest@5.1.1";
const MODES = ["nodenext", "bundler"] as const;

/**
 * README defects found by this test and reported to the package's owner, who fixes the README.
 * Their steps run as `it.fails`: CI stays green meanwhile, and the day the README is fixed the
 * step passes, `it.fails` turns red, and the entry must go. Keys: `<example file> typecheck|run`.
 */
const KNOWN_PROBLEMS: Record<string, string> = {};
const itUnlessKnown = (key: string) => (KNOWN_PROBLEMS[key] === undefined ? it : it.fails);

interface Example {
  file: string;
  block: CodeBlock;
  runnable: boolean;
}

const readmes = LANDED.map((pkg) => {
  const file = join(ROOT, pkg.dir, "README.md");
  return { pkg, text: existsSync(file) ? readFileSync(file, "utf8") : undefined };
});
const withReadme = readmes.flatMap(({ pkg, text }) => (text === undefined ? [] : [{ pkg, text }]));
const examples: Example[] = withReadme.flatMap(({ pkg, text }) =>
  codeBlocks(text)
    .filter((block) => /^(ts|typescript|js|javascript|mjs)$/.test(block.lang))
    .filter((block) => /from\s+["']@guestops\//.test(block.code))
    .map((block, i) => {
      const runnable = /from\s+["']vitest["']/.test(block.code);
      const ext = block.lang.startsWith("t") ? "ts" : "mjs";
      const base = `readme-${pkg.name.replace("@guestops/", "")}-${i + 1}`;
      return { file: runnable ? `${base}.test.${ext}` : `${base}.${ext}`, block, runnable };
    }),
);
const installs = withReadme.flatMap(({ text }) =>
  codeBlocks(text)
    .filter(
      (block) => /^(sh|bash|shell|console)?$/.test(block.lang) && /install/i.test(block.section),
    )
    .flatMap((block) => installedPackages(block.code)),
);

describe("following only the READMEs in a fresh npm project", () => {
  let project: ConsumerProject;
  const typecheck: Partial<Record<(typeof MODES)[number], RunResult>> = {};

  /** tsc's diagnostics that start in `file` (with their indented continuation lines). */
  const errorsIn = (output: string, file?: string) =>
    output
      .split(/\n(?=\S)/)
      .filter((message) => message.trim() !== "")
      .filter((message) =>
        file === undefined
          ? !examples.some((example) => message.startsWith(`${example.file}(`))
          : message.startsWith(`${file}(`),
      );

  beforeAll(async () => {
    // Our packages come from the tarballs, with the ones they depend on (from the registry, for a
    // user) so npm never asks the registry for an unpublished @guestops package.
    // A reader knows at least the name of the package whose README they read.
    const ours = withDependencies([
      ...withReadme.map(({ pkg }) => pkg.name),
      ...installs.filter((spec) => spec.startsWith("@guestops/")).map(packageName),
    ]);
    const missing = ours.filter((name) => tarballs[name] === undefined);
    if (missing.length > 0) throw new Error(`READMEs install unpacked packages: ${missing}`);
    const theirs = installs.filter((spec) => !spec.startsWith("@guestops/"));
    if (examples.some((example) => example.runnable)) theirs.push(CONSUMER_VITEST);
    // One program per mode for all examples (tsc's start-up is most of its time); its errors are
    // then attributed to the example files they name.
    const files: Record<string, string> = {};
    for (const mode of MODES) {
      const base = JSON.parse(readFileSync(join(FIXTURES, `tsconfig.${mode}.json`), "utf8"));
      files[`tsconfig.${mode}.json`] = JSON.stringify({
        compilerOptions: { ...base.compilerOptions, allowJs: true, checkJs: true },
        files: examples.map((example) => example.file),
      });
    }
    for (const example of examples) files[example.file] = example.block.code;
    project = await createConsumerProject(
      await currentNode(),
      [...new Set(ours)].map((name) => tarballs[name] as string),
      files,
      [...new Set(theirs)],
    );
    const tsc = join("node_modules", "typescript", "bin", "tsc");
    for (const mode of MODES) {
      const args = [tsc, "-p", `tsconfig.${mode}.json`, "--pretty", "false"];
      typecheck[mode] = await runIn(project, "node", args, { timeout: 240_000 });
    }
  }, 900_000);

  afterAll(() => {
    if (project) rmSync(project.dir, { recursive: true, force: true });
  });

  it("finds at least one example that uses our packages", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(MODES)("typechecks the README examples under %s, finding every file", (mode) => {
    const result = typecheck[mode] as RunResult;
    // Errors not in an example (a bad config, a missing package) fail here, not nowhere.
    expect(errorsIn(result.stdout), describeFailure(result)).toEqual([]);
    expect(result.signal, describeFailure(result)).toBeNull();
  });

  for (const example of examples) {
    for (const mode of MODES) {
      const title = `typechecks ${example.file} (README section "${example.block.section}") under ${mode}`;
      itUnlessKnown(`${example.file} typecheck`)(title, () => {
        const result = typecheck[mode] as RunResult;
        expect(errorsIn(result.stdout, example.file)).toEqual([]);
      });
    }
  }

  for (const example of examples.filter((e) => e.runnable)) {
    const title = `runs ${example.file} (README section "${example.block.section}") with vitest`;
    itUnlessKnown(`${example.file} run`)(title, async () => {
      const vitest = join("node_modules", "vitest", "vitest.mjs");
      const result = await runIn(project, "node", [vitest, "run", example.file], {
        timeout: 120_000,
        env: { CI: "true" },
      });
      expect(result.code, describeFailure(result)).toBe(0);
    });
  }

  for (const { pkg } of readmes.filter(({ text }) => text === undefined)) {
    it.todo(`${pkg.name} has no README.md yet`);
  }
});

/** The names plus, transitively, the @guestops packages they depend on at run time. */
function withDependencies(names: string[]): string[] {
  const all = new Set(names);
  for (const name of all) {
    const pkg = PUBLISHABLE.find((candidate) => candidate.name === name);
    const deps = pkg ? Object.keys(manifestOf(pkg).dependencies ?? {}) : [];
    for (const dep of deps) if (dep.startsWith("@guestops/")) all.add(dep);
  }
  return [...all];
}
