#!/usr/bin/env node
// The `guestops` bin: the one place that touches the real process (argv, stdio, signals, exit).
// Everything else is runCli, which tests call in-process.
import module from "node:module";

/** The package version, written in by the build (tsdown.config.ts). */
declare const __GUESTOPS_VERSION__: string;

const controller = new AbortController();
let signalled: NodeJS.Signals | undefined;

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
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(status);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
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
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    // On a terminal, --password-stdin asks (prompt, no echo) instead of waiting for a Ctrl-D.
    promptSecret: process.stdin.isTTY ? promptSecret : undefined,
    env: process.env,
    signal: controller.signal,
    now: Date.now,
  });
  // SIGTERM ends a run the same way as Ctrl-C, reported as 143 (128 + 15) as shells expect.
  return signalled === "SIGTERM" && status === 130 ? 143 : status;
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  process.stderr.write(
    `guestops: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  exit(1);
});
