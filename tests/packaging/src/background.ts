import { spawn } from "node:child_process";
import { cleanEnv } from "./run.js";

export interface Background {
  /** The `export NAME=value` lines the server printed, as an environment. */
  exports: Record<string, string>;
  /** Everything printed so far, for failure messages. */
  output(): string;
  /** SIGINT (how a user stops a foreground server), then SIGKILL if it is not gone in time. */
  stop(): Promise<void>;
}

/**
 * Starts a foreground server such as `guestops simulator` and resolves once it has printed every
 * `export NAME=…` line in `expect`. Rejects with what it printed if it exits first or takes longer
 * than `timeout` ms, so a broken server fails the test instead of hanging it.
 */
export function startBackground(
  file: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string>; expect: readonly string[]; timeout: number },
): Promise<Background> {
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: { ...cleanEnv(), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const output = () => `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGINT");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop().then(() =>
        reject(new Error(`\`${file} ${args.join(" ")}\` ${why}\n${output()}`)),
      );
    };
    const timer = setTimeout(
      () => fail(`printed no exports in ${options.timeout} ms`),
      options.timeout,
    );
    child.on("error", (error) => fail(`did not start: ${error.message}`));
    const onEarlyClose = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`exited early (${code ?? signal})`);
    child.on("close", onEarlyClose);
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const exports = parseExports(stdout);
      if (options.expect.every((name) => name in exports)) {
        clearTimeout(timer);
        child.off("close", onEarlyClose);
        resolve({ exports, output, stop });
      }
    });
  });
}

/** `export NAME=value` lines, with the single-quoting a POSIX shell would undo. */
export function parseExports(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const match of text.matchAll(/^\s*export ([A-Z_][A-Z0-9_]*)=(.*)$/gm)) {
    const raw = (match[2] as string).trim();
    env[match[1] as string] = raw.startsWith("'") ? raw.slice(1, -1).replaceAll("'\\''", "'") : raw;
  }
  return env;
}
