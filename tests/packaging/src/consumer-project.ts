import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { type NodeRuntime, pathWith } from "./node-versions.js";
import { type RunResult, run, runOk } from "./run.js";

/** The TypeScript a consumer installs next to our packages, pinned like the workspace's. */
export const CONSUMER_TYPESCRIPT = "typescript@5.9.3";

export interface ConsumerProject {
  dir: string;
  runtime: NodeRuntime;
  install: RunResult;
}

/**
 * A fresh npm project outside the workspace (so nothing resolves through our node_modules), with
 * the packed tarballs installed by plain npm running on `runtime`: what a user gets from
 * `npm install @guestops/…`, except that the packages come from files instead of the registry.
 * Third-party dependencies (openapi-fetch, undici, …) do come from the registry.
 */
export async function createConsumerProject(
  runtime: NodeRuntime,
  tarballs: readonly string[],
  files: Record<string, string>,
  /** More registry packages to install, as a user would name them (`undici`, `vitest@5.1.1`). */
  extra: readonly string[] = [],
): Promise<ConsumerProject> {
  const dir = mkdtempSync(join(tmpdir(), `guestops-consumer-node${runtime.major}-`));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "guestops-consumer", private: true, type: "module" }, null, 2)}\n`,
  );
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, "tarballs"));
  const local = tarballs.map((tarball) => {
    copyFileSync(tarball, join(dir, "tarballs", basename(tarball)));
    return `./tarballs/${basename(tarball)}`;
  });
  // @types/node of the same major, as a Node user of that line would have.
  const install = await runOk(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      // Every registry request with its time, so a slow or failed install says where it hung.
      "--loglevel=http",
      ...local,
      CONSUMER_TYPESCRIPT,
      `@types/node@${runtime.major}`,
      ...extra,
    ],
    { cwd: dir, env: { PATH: pathWith(runtime) }, timeout: 300_000 },
  );
  return { dir, runtime, install };
}

/** Runs a command in the consumer project on its Node, npm-installed bins first on PATH. */
export function runIn(
  project: ConsumerProject,
  file: string,
  args: readonly string[],
  options: { timeout?: number; env?: Record<string, string>; input?: string } = {},
): Promise<RunResult> {
  const bin = join(project.dir, "node_modules", ".bin");
  return run(file, args, {
    cwd: project.dir,
    // Generous: under the full test task, turbo runs ~40 tasks on 2 cores, and one tsc over
    // @types/node took over 60 s there. A hang still ends, just later.
    timeout: options.timeout ?? 240_000,
    env: { ...options.env, PATH: `${bin}:${pathWith(project.runtime)}` },
    ...(options.input === undefined ? {} : { input: options.input }),
  });
}
