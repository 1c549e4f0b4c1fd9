#!/usr/bin/env node
// The `guestops` bin: the one place that touches the real process (argv, stdio, signals, exit).
// Everything else is runCli, which tests call in-process.
import module from "node:module";
import { guardOutput } from "./output-guard.js";

/** The package version, written in by the build (tsdown.config.ts). */
declare const __GUESTOPS_VERSION__: string;

const controller = new AbortController();
let signalled: NodeJS.Signals | undefined;

/**
 * The exit status after the reader of our output went away (`| head -1`): 141, what a shell
 * reports for a program killed by SIGPIPE (128 + 13), so `set -o pipefail` scripts see the usual
 * thing. Node ignores SIGPIPE, so we get EPIPE instead and stop as if we had been killed, quietly,
 * after the same clean-up as Ctrl-C: guest programs terminated, temp files removed.
 */
const EXIT_BROKEN_PIPE = 141;

const output = guardOutput(process.stdout, process.stderr, (error) => {
  if (signalled === undefined) controller.abort(new Error(`output closed (${error.code})`));
});

/** The status to exit with: a failed output overrides what the command returned. */
function finalStatus(status: number): number {
  const failure = output.failure;
  if (failure === undefined) return status;
  return failure.code === "EPIPE" ? EXIT_BROKEN_PIPE : 1;
}

function onSignal(signal: NodeJS.Signals): void {
  if (signalled !== undefined) {
    // A second Ctrl-C: the user does not want to wait for the clean-up.
    process.stderr.write(
      "guestops: quitting without waiting for the guest program to be terminated\n",
    );
    exit(128 + (signal === "SIGTERM" ? 15 : 2));
    return;
  }
  signalled = signal;
  process.stderr.write(
    "guestops: interrupted: terminating what was started in the guest (press Ctrl-C again to quit at once)\n",
  );
  controller.abort(new Error(`interrupted by ${signal}`));
}

function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on("data", (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on("end", () => resolve(Buffer.concat(chunks)));
    process.stdin.on("error", reject);
  });
}

async function promptSecret(prompt: string): Promise<string | undefined> {
  const { createSecretPrompt } = await import("./prompt-secret.js");
  return createSecretPrompt(process.stdin, process.stderr)(prompt);
}

/** Flushes stdout and stderr, then exits: the only `process.exit` of guestops. */
function exit(status: number): void {
  // A stream that failed is destroyed: there is nothing left to flush, and no callback would come.
  const streams = [process.stdout, process.stderr].filter((stream) => !stream.destroyed);
  let pending = streams.length;
  // Read the status when the flush is over: an EPIPE can still arrive while it drains.
  const done = () => {
    if (--pending <= 0) process.exit(finalStatus(status));
  };
  if (pending === 0) done();
  for (const stream of streams) stream.write("", done);
}

async function main(argv: readonly string[]): Promise<number> {
  // `guestops --version` is what scripts call to check that the tool is there: answer it before
  // loading the argument parser (commander and the Node built-ins it needs are most of the
  // start-up time). runCli answers it too, for in-process callers.
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    process.stdout.write(`${__GUESTOPS_VERSION__}\n`);
    return 0;
  }
  // Cache compiled code between runs: a CLI pays its start-up on every call.
  module.enableCompileCache?.();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const { runCli } = await import("./main.js");
  const status = await runCli(argv, {
    stdout: output.stdout,
    stderr: output.stderr,
    readStdin,
    // On a terminal, --password-stdin asks (prompt, no echo) instead of waiting for a Ctrl-D.
    promptSecret: process.stdin.isTTY ? promptSecret : undefined,
    env: process.env,
    signal: controller.signal,
    now: Date.now,
  });
  // SIGTERM ends a run the same way as Ctrl-C, reported as 143 (128 + 15) as shells expect.
  return signalled === "SIGTERM" && status === 130 ? 143 : finalStatus(status);
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  output.stderr.write(
    `guestops: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  exit(1);
});
