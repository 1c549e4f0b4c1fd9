import type { OutputStream } from "./cli-io.js";

/** A real output stream: it can fail after a write returned (`'error'`, e.g. EPIPE). */
export interface FailingStream extends OutputStream {
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/** stdout and stderr for runCli, and what closed them, if anything did. */
export interface GuardedOutput {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** The first write error of either stream (`code` `EPIPE` when the reader went away). */
  readonly failure: NodeJS.ErrnoException | undefined;
}

/**
 * Watches stdout and stderr for a failed write. Without an `'error'` listener, Node turns an EPIPE
 * (`guestops run ... | head -1`: head exits after one line) into an uncaught exception: a stack
 * trace, exit 1, and guest programs left running. Here the first failure calls `onFailure` once
 * (the bin then cancels the command as Ctrl-C does), and from then on both streams drop what is
 * written: like a Unix tool killed by SIGPIPE, guestops winds down without a word, and a second
 * EPIPE cannot happen.
 */
export function guardOutput(
  stdout: FailingStream,
  stderr: FailingStream,
  onFailure: (error: NodeJS.ErrnoException) => void,
): GuardedOutput {
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (error: NodeJS.ErrnoException) => {
    if (failure !== undefined) return;
    failure = error;
    onFailure(error);
  };
  stdout.on("error", fail);
  stderr.on("error", fail);
  const guard = (stream: FailingStream): OutputStream => ({
    write: (chunk) => (failure === undefined ? stream.write(chunk) : true),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  });
  return {
    stdout: guard(stdout),
    stderr: guard(stderr),
    get failure() {
      return failure;
    },
  };
}
