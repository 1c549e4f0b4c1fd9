#!/usr/bin/env node
// The `guestops` bin: the one place that touches the real process (argv, stdio, signals, exit).
// Everything else is runCli, which tests call in-process.
import module from "node:module";

// Cache compiled code between runs: a CLI pays its start-up on every call.
module.enableCompileCache?.();

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
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on("data", (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on("end", () => resolve(Buffer.concat(chunks)));
    process.stdin.on("error", reject);
  });
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

const { runCli } = await import("./main.js");
const status = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  env: process.env,
  signal: controller.signal,
  now: Date.now,
}).catch((error: unknown) => {
  process.stderr.write(
    `guestops: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  return 1;
});
// SIGTERM ends a run the same way as Ctrl-C, reported as 143 (128 + 15) as shells expect.
exit(signalled === "SIGTERM" && status === 130 ? 143 : status);
