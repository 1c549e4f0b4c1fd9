// Characters that never need quoting in bash, in any position. Everything else (spaces, quotes,
// $, `, \, !, globs, ~, #, =, newlines, non-ASCII...) goes inside single quotes, where bash takes
// every character literally; a single quote itself is written as '\'' (close, escaped quote, reopen).
const SAFE = /^[A-Za-z0-9_@%+,./:-]+$/;

/**
 * Quotes one argument for bash so that bash passes it to the program unchanged.
 *
 * @throws TypeError when the argument contains a NUL character (no argv can carry one)
 */
export function quoteBashArg(arg: string): string {
  if (typeof arg !== "string") throw new TypeError(`quoteBashArgs: arguments must be strings`);
  if (arg.includes("\0")) {
    throw new TypeError(
      "quoteBashArgs: an argument contains a NUL character, which bash cannot pass",
    );
  }
  if (SAFE.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/**
 * Quotes an argument list for bash (Linux guests: VMware Tools starts programs through
 * `/bin/bash`), so each element reaches the program as exactly one argument, unchanged: no word
 * splitting, globbing, variable or command expansion, history expansion or redirection.
 *
 * @throws TypeError when an argument contains a NUL character
 * @example
 * quoteBashArgs(["echo", "it's $HOME", "*"]); // echo 'it'\''s $HOME' '*'
 */
export function quoteBashArgs(args: readonly string[]): string {
  return args.map(quoteBashArg).join(" ");
}
