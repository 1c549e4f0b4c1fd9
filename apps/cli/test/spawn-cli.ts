import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built bin, as users run it. */
export const BIN = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));

/** What a spawned guestops did. */
export interface SpawnResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/**
 * Spawns `node dist/cli.mjs ...args` with exactly `env` (plus PATH), optional stdin, and hands the
 * child to `whileRunning` (to read its argv or send it a signal) before waiting for it.
 */
export function spawnGuestops(
  args: readonly string[],
  env: Record<string, string | undefined>,
  options: { readonly stdin?: string; readonly whileRunning?: (child: ChildProcess) => void } = {},
): Promise<SpawnResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.once("error", reject);
    child.once("close", (status, signal) =>
      resolve({
        status,
        signal,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.end(options.stdin ?? "");
    options.whileRunning?.(child);
  });
}
