import fc from "fast-check";

/** Pieces every shell and every quoting bug loves. */
export const NASTY_PIECES = [
  " ",
  "\t",
  "\n",
  "'",
  '"',
  "\\",
  "$",
  "`",
  "!",
  "*",
  "?",
  "[",
  "]",
  "{",
  "}",
  "~",
  "#",
  "=",
  "&",
  "|",
  ";",
  "<",
  ">",
  "(",
  ")",
  "^",
  "%",
  ",",
  "-",
  "--",
  "$HOME",
  "$(id)",
  "`id`",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, as an argument
  "${x}",
  "%PATH%",
  "%~dp0",
  "!x!",
  "'\\''",
  '\\"',
  "\\\\",
  "a b",
  "-n",
  "-e",
  "é",
  "日本",
  "🎉",
  "\u00a0",
] as const;

/**
 * One argument: nasty pieces and arbitrary Unicode glued together, without the characters no
 * argv can carry (NUL) and, when `noLineBreaks`, without CR and LF (cmd.exe ends a command there).
 */
export function shellArg(options: { noLineBreaks?: boolean } = {}): fc.Arbitrary<string> {
  const forbidden = options.noLineBreaks ? /[\0\r\n]/ : /\0/;
  return fc
    .array(
      fc.oneof(fc.constantFrom(...NASTY_PIECES), fc.string({ unit: "binary", maxLength: 4 })),
      {
        maxLength: 5,
      },
    )
    .map((parts) => parts.join(""))
    .filter((arg) => !forbidden.test(arg));
}
