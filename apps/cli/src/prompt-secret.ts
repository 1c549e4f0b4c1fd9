import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import type { OutputStream } from "./cli-io.js";

/** A terminal to read from: `process.stdin` when it is a TTY, or a fake one in tests. */
export type TerminalInput = NodeJS.ReadableStream & {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
};

/** Ctrl-C at a password prompt: nothing was started; the CLI exits 130 as for any Ctrl-C. */
export class PromptInterruptedError extends Error {
  override readonly name = "PromptInterruptedError";
}

/**
 * Asks for one secret on a terminal, like ssh and sudo do: the prompt on `output` (stderr), what
 * is typed not echoed, one line. readline puts the terminal in raw mode and handles editing
 * (backspace, Ctrl-U); its echo goes to a sink that drops it, so the secret never reaches the
 * screen or a recording of it. Resolves `undefined` on Ctrl-D (end of input).
 *
 * @throws {PromptInterruptedError} on Ctrl-C (raw mode turns it into a key, not a signal).
 */
export function createSecretPrompt(
  input: TerminalInput,
  output: OutputStream,
): (prompt: string) => Promise<string | undefined> {
  return (prompt) =>
    new Promise((resolve, reject) => {
      const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
      const reader = createInterface({ input, output: silent, terminal: true, historySize: 0 });
      // Only now, with echo off (raw mode), invite typing: before it, the terminal would echo.
      output.write(prompt);
      let settled = false;
      const settle = (then: () => void) => {
        if (settled) return;
        settled = true;
        reader.close();
        // The Enter the user typed was not echoed either: end the prompt's line ourselves.
        output.write("\n");
        then();
      };
      reader.once("line", (line) => settle(() => resolve(line)));
      reader.once("SIGINT", () =>
        settle(() =>
          reject(
            new PromptInterruptedError(
              "the password prompt was interrupted (Ctrl-C); nothing was started",
            ),
          ),
        ),
      );
      reader.once("close", () => settle(() => resolve(undefined)));
    });
}
