/**
 * Reads the lines of standard input once, for `--password-stdin` and `--guest-password-stdin`.
 * When both are given, the first line is the vCenter password and the second the guest password,
 * the same order as `printf '%s\n%s\n' "$VC_PW" "$GUEST_PW" | guestops ...`. On a terminal, each
 * line is asked for with its own prompt instead.
 */
export interface SecretInput {
  /**
   * The next line of standard input, without its line ending; `undefined` when none is left.
   * `prompt` is what a terminal user is asked (`vCenter password for admin: `); piped input
   * ignores it.
   */
  nextLine(prompt?: string): Promise<string | undefined>;
}

/** A {@link SecretInput} over a text that is read at the first call, and only then. */
export function createSecretInput(readAll: () => Promise<string>): SecretInput {
  let lines: Promise<string[]> | undefined;
  let index = 0;
  return {
    async nextLine() {
      lines ??= readAll().then((text) => text.split(/\r?\n/));
      const all = await lines;
      // A trailing newline leaves one empty element that is not a line.
      const usable = all.length > 0 && all.at(-1) === "" ? all.length - 1 : all.length;
      return index < usable ? all[index++] : undefined;
    },
  };
}

/** A {@link SecretInput} that asks for each line on the terminal, with echo off. */
export function createPromptedSecretInput(
  promptSecret: (prompt: string) => Promise<string | undefined>,
): SecretInput {
  return { nextLine: (prompt = "password: ") => promptSecret(prompt) };
}
