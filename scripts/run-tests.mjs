#!/usr/bin/env node
// Root `test` script: runs typecheck, lint and test in every workspace package through turbo, then
// sums the packages' vitest JSON reports into one closing line, `N passed, N failed`, because
// vitest prints no such line and CI reads it. Exit status: non-zero if turbo failed, any test
// failed, a package with a test script left no report, or no test ran at all.
//
// Run it through pnpm (`pnpm test`), so that `node` and `turbo` are the workspace's.
import { spawnSync } from "node:child_process";
import { existsSync, globSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const REPORT = join("reports", "vitest.json");
const root = join(import.meta.dirname, "..");

const packageDirs = workspacePackageDirs();
const testedDirs = packageDirs.filter((dir) => hasScript(dir, "test"));

// A report left over from an earlier run must not count: remove them all first. Each package's
// test task writes a fresh one, and turbo restores the cached one on a cache hit.
for (const dir of testedDirs) rmSync(join(root, dir, REPORT), { force: true });

const turbo = spawnSync("turbo", ["run", "typecheck", "lint", "test", "--continue"], {
  cwd: root,
  stdio: "inherit",
});
const turboFailed = turbo.status !== 0;
if (turbo.error) console.error(`could not start turbo: ${turbo.error.message}`);

let passed = 0;
let failed = 0;
const problems = [];
for (const dir of testedDirs) {
  const counts = readReport(join(root, dir, REPORT));
  passed += counts.passed;
  failed += counts.failed;
  if (counts.problem) problems.push(`${dir}: ${counts.problem}`);
}

if (turboFailed) problems.push(`turbo exited with ${turbo.status ?? turbo.signal}`);
if (passed + failed === 0) problems.push("no test ran");
for (const problem of problems) console.error(`test summary: ${problem}`);

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = turboFailed || failed > 0 || passed === 0 ? 1 : 0;

/** Package folders (relative to the root) matched by the `packages:` globs of pnpm-workspace.yaml. */
function workspacePackageDirs() {
  const lines = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8").split("\n");
  const patterns = [];
  for (const line of lines.slice(lines.findIndex((l) => /^packages:\s*$/.test(l)) + 1)) {
    if (/^\S/.test(line)) break; // the next top-level key ends the list
    const item = /^\s*-\s*["']?([^"'#]+?)["']?\s*(#.*)?$/.exec(line);
    if (item?.[1]) patterns.push(item[1]);
  }
  const dirs = patterns.flatMap((pattern) =>
    globSync(`${pattern}/package.json`, { cwd: root }).map((file) => join(file, "..")),
  );
  return [...new Set(dirs)].sort();
}

function hasScript(dir, name) {
  try {
    const pkg = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
    return typeof pkg.scripts?.[name] === "string";
  } catch {
    return false;
  }
}

/**
 * Passed and failed counts of one vitest JSON report. A test file that failed without a failed
 * test (it did not load, a hook threw, its worker crashed) counts as one failure, and so does a
 * package whose report is missing, unreadable, or says the run failed with no failed test (vitest
 * fails a package that has no test files).
 */
function readReport(file) {
  if (!existsSync(file)) {
    return { passed: 0, failed: 1, problem: `no ${REPORT} (its tests did not run or crashed)` };
  }
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return { passed: 0, failed: 1, problem: `unreadable ${REPORT}: ${error.message}` };
  }
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  const brokenFiles = files.filter(
    (result) =>
      result.status === "failed" &&
      !(result.assertionResults ?? []).some((assertion) => assertion.status === "failed"),
  ).length;
  const passed = Number(report.numPassedTests) || 0;
  const failed = (Number(report.numFailedTests) || 0) + brokenFiles;
  if (failed === 0 && report.success === false) {
    const problem = files.length === 0 ? "no test files" : "vitest reported a failed run";
    return { passed, failed: 1, problem };
  }
  return { passed, failed };
}
