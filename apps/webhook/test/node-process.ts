import { type ChildProcess, spawn } from "node:child_process";
import { bundlePath } from "./test-bundles.js";

export const NODE_BUNDLE = bundlePath("node.mjs");

/** dist/node.mjs running in its own process, and every line it printed. */
export interface NodeServer {
  url: string;
  lines: string[];
  stop(): Promise<void>;
}

/** Starts the Node entry on a free port of 127.0.0.1 and waits for its "listening" line. */
export function startNodeServer(env: Record<string, string>): Promise<NodeServer> {
  const child: ChildProcess = spawn(process.execPath, [NODE_BUNDLE], {
    env: { PATH: process.env.PATH ?? "", ...env, HOST: "127.0.0.1", PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`dist/node.mjs did not start:\n${lines.join("\n")}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line === "") continue;
        lines.push(line);
        const url =
          (JSON.parse(line) as { msg?: string; url?: string }).msg === "listening"
            ? JSON.parse(line).url
            : undefined;
        if (url !== undefined) {
          clearTimeout(timer);
          resolve({ url, lines, stop });
        }
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) =>
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean)),
    );
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dist/node.mjs exited with ${code}:\n${lines.join("\n")}`));
    });
  });
}

/** Runs dist/node.mjs to its end (a configuration error), returning its status and output. */
export function runNodeBundle(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [NODE_BUNDLE], {
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.once("exit", (code) => resolve({ code, output }));
  });
}
