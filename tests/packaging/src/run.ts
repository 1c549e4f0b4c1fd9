import { spawn } from "node:child_process";

export interface RunOptions {
  cwd: string;
  /** Variables to set on top of {@link cleanEnv}. */
  env?: Record<string, string>;
  /** Kill the command after this many ms: CI must never hang on a stuck install. */
  timeout: number;
  input?: string;
}

export interface RunResult {
  command: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/**
 * The environment of this process without what pnpm, npm and vitest add to it: a consumer project
 * must see the machine as a user's shell does, not pnpm's `npm_config_*` settings of our workspace.
 */
export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(npm_|pnpm_|vitest|node_options$|node_env$|tinypool)/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}

/** Runs a command to its end (or its timeout) and returns what it printed; never throws on exit. */
export function run(
  file: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const command = [file, ...args].join(" ");
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: { ...cleanEnv(), ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
      timeout: options.timeout,
      killSignal: "SIGKILL",
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      resolve({ command, code, signal, stdout, stderr, durationMs: Date.now() - started });
    });
    // A command that exits without reading its stdin makes this write fail with EPIPE; that is
    // the command's business (its exit status tells), not an unhandled error of the test run.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

/** Like {@link run}, but rejects with everything the command printed unless it exited with 0. */
export async function runOk(
  file: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const result = await run(file, args, options);
  if (result.code !== 0) throw new Error(describeFailure(result));
  return result;
}

export function describeFailure(result: RunResult): string {
  const how = result.signal ? `was killed by ${result.signal} (timeout?)` : `exited ${result.code}`;
  return [
    `\`${result.command}\` ${how} after ${result.durationMs} ms`,
    `--- stdout ---\n${result.stdout.trim()}`,
    `--- stderr ---\n${result.stderr.trim()}`,
  ].join("\n");
}
