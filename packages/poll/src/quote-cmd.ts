// Windows has two parsers in a row: cmd.exe (metacharacters, %VAR%, ^ escapes) and then the
// program's own argv parser (CommandLineToArgvW / the MSVC runtime: quotes and backslashes).
// We quote for the second, then escape every cmd.exe metacharacter, quotes included, with ^, so
// cmd.exe never enters quote mode and hands the line to the program unchanged. This is the
// approach of cross-spawn and of "Everyone quotes command line arguments the wrong way"
// (D. Colascione). Known limit, shared with them: a literal %NAME% survives only while no
// variable named "NAME^" exists in the guest.

// cmd.exe metacharacters (and the characters cross-spawn also escapes to be safe).
const CMD_META = /([()\][%!^"`<>&|;, *?])/g;
// Arguments that need neither argv quoting nor cmd.exe escaping.
const SAFE = /^[A-Za-z0-9_\-+=.:/\\@]+$/;

/** Options of {@link quoteCmdArgs}. */
export interface QuoteCmdOptions {
  /**
   * The program is a batch file (`.bat`, `.cmd`): cmd.exe parses its arguments once more, so
   * every escape is doubled. @default false
   */
  readonly batchFile?: boolean;
}

/**
 * Quotes one argument for a program started through `cmd.exe /d /s /c "..."`.
 *
 * @throws TypeError when the argument contains a NUL, CR or LF character (cmd.exe ends the
 *   command at a line break; no argv carries a NUL)
 */
export function quoteCmdArg(arg: string, options: QuoteCmdOptions = {}): string {
  if (typeof arg !== "string") throw new TypeError("quoteCmdArgs: arguments must be strings");
  if (/[\0\r\n]/.test(arg)) {
    throw new TypeError(
      "quoteCmdArgs: an argument contains a NUL or line-break character, which cmd.exe cannot pass",
    );
  }
  if (SAFE.test(arg)) return arg;
  // argv rules: backslashes are literal except before a quote; double those, escape the quote,
  // and double trailing backslashes, which come before our closing quote.
  const argv = `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, "$1$1")}"`;
  const escaped = argv.replace(CMD_META, "^$1");
  return options.batchFile ? escaped.replace(CMD_META, "^$1") : escaped;
}

/**
 * Quotes a command (program path first, then its arguments) for `cmd.exe /d /s /c "..."`, so each
 * element reaches the program as exactly one argument, unchanged: no variable expansion,
 * redirection, pipes or command chaining.
 *
 * @throws TypeError when an argument contains a NUL, CR or LF character
 * @example
 * quoteCmdArgs(["C:\\Tools\\report.exe", "a & b", "50%"]); // C:\Tools\report.exe ^"a^ ^&^ b^" ^"50^%^"
 */
export function quoteCmdArgs(args: readonly string[], options: QuoteCmdOptions = {}): string {
  return args.map((arg) => quoteCmdArg(arg, options)).join(" ");
}
