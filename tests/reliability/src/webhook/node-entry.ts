// The webhook's Node entry (apps/webhook/dist/node.mjs) in a child process on 127.0.0.1, with
// every line it prints kept for inspection.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const NODE_ENTRY = fileURLToPath(
  new URL("../../../../apps/webhook/dist/node.mjs", import.meta.url),
);

export interface WebhookServer {
  readonly url: string;
  /** stdout and stderr, as written. */
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Starts the entry on a free loopback port and waits for its "listening" line. */
export function startWebhook(env: Record<string, string>): Promise<WebhookServer> {
  const child: ChildProcess = spawn(process.execPath, [NODE_ENTRY], {
    env: { PATH: process.env.PATH ?? "", ...env, HOST: "127.0.0.1", PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const chunks: Buffer[] = [];
  const output = () => Buffer.concat(chunks).toString("utf8");
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`dist/node.mjs did not start:\n${output()}`));
    }, 20_000);
    child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stdout?.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      const url = /"msg":"listening","url":"([^"]+)"/.exec(output())?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ url, output, stop });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dist/node.mjs exited with ${code}:\n${output()}`));
    });
  });
}

/** Runs the entry to its end (a configuration error) and returns its status and output. */
export function runWebhookToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [NODE_ENTRY], {
      env: { PATH: process.env.PATH ?? "", ...env, HOST: "127.0.0.1", PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output: Buffer.concat(chunks).toString("utf8") });
    });
  });
}
