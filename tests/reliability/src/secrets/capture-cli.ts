// Runs guestops in-process or as the built bin, and returns every byte it wrote.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type CliIo, runCli } from "../cli-source.ts";

/** The built bin, as users run it. */
export const CLI_BIN = fileURLToPath(new URL("../../../../apps/cli/dist/cli.mjs", import.meta.url));

export interface CliCapture {
  readonly status: number;
  /** Everything written: stdout, then stderr (and, in-process, stray console and process writes). */
  readonly output: string;
}

/**
 * In-process: runCli with captured streams, while console.* and process.stdout/stderr.write are
 * captured too, so a stray log line from any layer cannot escape the search.
 */
export async function runCliInProcess(
  argv: readonly string[],
  env: Record<string, string>,
): Promise<CliCapture> {
  const chunks: string[] = [];
  const sink = {
    write: (chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    },
    isTTY: false,
    columns: 100,
  };
  const io: CliIo = {
    stdout: sink,
    stderr: sink,
    readStdin: async () => new Uint8Array(),
    env,
    signal: new AbortController().signal,
    now: Date.now,
  };
  const originals = {
    log: console.log,
    error: console.error,
    warn: console.warn,
    info: console.info,
    debug: console.debug,
    out: process.stdout.write,
    err: process.stderr.write,
  };
  const stray = (...args: unknown[]) => {
    chunks.push(args.map(String).join(" "));
  };
  const strayWrite = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof process.stdout.write;
  Object.assign(console, { log: stray, error: stray, warn: stray, info: stray, debug: stray });
  process.stdout.write = strayWrite;
  process.stderr.write = strayWrite;
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on("warning", onWarning);
  try {
    const status = await runCli(argv, io);
    return { status, output: [...chunks, ...warnings].join("") };
  } finally {
    Object.assign(console, originals);
    process.stdout.write = originals.out;
    process.stderr.write = originals.err;
    process.off("warning", onWarning);
  }
}

/** The built bin in a child process with exactly `env` (plus PATH). */
export function runCliBin(
  argv: readonly string[],
  env: Record<string, string>,
): Promise<CliCapture> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...argv], {
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.once("error", reject);
    child.once("close", (status, signal) =>
      resolve({
        status: status ?? 128 + (signal === "SIGKILL" ? 9 : 15),
        output: Buffer.concat([...out, ...err]).toString("utf8"),
      }),
    );
  });
}
