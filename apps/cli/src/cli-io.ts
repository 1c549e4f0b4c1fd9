/** A stream the CLI writes to: `process.stdout`/`stderr`, or a capture in tests. */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * Everything a command touches outside itself. The bin passes the real process's; tests pass
 * captures, an environment, a clock and a signal, and run commands in-process.
 */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Reads all of standard input; called at most once, and only by a flag that asked for it. */
  readonly readStdin: () => Promise<Uint8Array>;
  /**
   * Asks for one secret on the terminal (prompt on stderr, no echo); set only when standard input
   * is a terminal, where reading "to the end" would wait for a Ctrl-D nobody knows to type.
   * `undefined` when the user ends the input (Ctrl-D).
   */
  readonly promptSecret?: ((prompt: string) => Promise<string | undefined>) | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Aborted on Ctrl-C: commands terminate what they started in the guest, then return 130. */
  readonly signal: AbortSignal;
  /** Wall clock in ms. */
  readonly now: () => number;
}
