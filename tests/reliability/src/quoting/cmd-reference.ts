// A reference model of how Windows reads the command line of a guestops Windows run:
// `cmd.exe /d /s /c "<line>"`, then the program's own C runtime. Written from the documented
// rules (cmd.exe's parse phases as described by Microsoft and in "How does the Windows Command
// Interpreter parse scripts?"; the MSVC runtime's "Parsing C command-line arguments"), not from
// @guestops/poll's quoting code, so that the property tests compare two independent things.

/** What cmd.exe made of a line: the commands between `&&`, each with its redirections. */
export interface CmdCommand {
  /** The command text after phase 1 (% expansion) and phase 2 (^ escapes), quotes kept. */
  readonly text: string;
  /** Redirections, e.g. `{ fd: 1, target: "C:\\out.txt" }`, quotes removed. */
  readonly redirects: readonly { readonly fd: number; readonly target: string }[];
}

/** Thrown when cmd.exe would do something else than run the command as written. */
export class CmdInterpretationError extends Error {
  override readonly name = "CmdInterpretationError";
}

/**
 * `/s /c "..."`: the first and last quote of the rest of the line are removed, and everything
 * between them is the command line.
 */
export function stripSlashS(argumentsText: string): string {
  const rest = argumentsText.replace(/^\/d \/s \/c /, "");
  if (!rest.startsWith('"') || !rest.endsWith('"')) {
    throw new CmdInterpretationError("expected /d /s /c followed by a quoted command line");
  }
  return rest.slice(1, -1);
}

/**
 * Phase 1 on a command line (not a batch file): `%NAME%` is replaced when NAME is defined
 * (names are case-insensitive); an undefined one is left as it is and scanning resumes at its
 * closing percent. Carets are ordinary characters in this phase.
 */
export function expandPercent(line: string, env: ReadonlyMap<string, string>): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    const close = line.indexOf("%", i + 1);
    if (close === -1) {
      out += line.slice(i);
      break;
    }
    const name = line.slice(i + 1, close);
    const value = name === "" ? undefined : env.get(name.toUpperCase());
    if (value === undefined) {
      out += `%${name}`;
      i = close;
      continue;
    }
    out += value;
    i = close + 1;
  }
  return out;
}

/**
 * Phase 2: outside quote mode `^x` is a literal x, `"` enters quote mode (where everything is
 * literal until the next `"`), `&&`/`&`/`||`/`|` separate commands and `<`, `>`, `n>` redirect.
 * Unescaped parentheses are refused: they would open a block.
 */
export function splitCommands(line: string): CmdCommand[] {
  const commands: CmdCommand[] = [];
  let text = "";
  let redirects: { fd: number; target: string }[] = [];
  let quoted = false;
  const end = () => {
    commands.push({ text: text.trim(), redirects });
    text = "";
    redirects = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"') quoted = false;
      text += c;
      continue;
    }
    if (c === "^") {
      i++;
      if (i < line.length) text += line[i];
      continue;
    }
    if (c === '"') {
      quoted = true;
      text += c;
      continue;
    }
    if (c === "&" || c === "|") {
      if (line[i + 1] === c) i++;
      end();
      continue;
    }
    if (c === "(" || c === ")")
      throw new CmdInterpretationError(`an unescaped ${c} would open or close a block`);
    const fdDigit =
      /[0-9]/.test(c) && line[i + 1] === ">" && (i === 0 || /\s/.test(line[i - 1] as string));
    if (c === "<" || c === ">" || fdDigit) {
      const fd = fdDigit ? Number(c) : c === "<" ? 0 : 1;
      i += fdDigit ? 2 : 1;
      if (line[i] === ">") i++;
      while (line[i] === " ") i++;
      let target = "";
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close === -1)
          throw new CmdInterpretationError("an unterminated quoted redirection target");
        target = line.slice(i + 1, close);
        i = close;
      } else {
        while (i < line.length && !/[\s&|<>]/.test(line[i] as string)) target += line[i++];
        i--;
      }
      redirects.push({ fd, target });
      continue;
    }
    text += c;
  }
  if (quoted) throw new CmdInterpretationError("an unterminated quote");
  end();
  return commands;
}

/**
 * The MSVC runtime's argv (2008 and later): the program name runs to the next space or tab, or,
 * when it starts with a quote, to the next quote, with no escapes. Then per argument: spaces and
 * tabs separate outside quotes; 2n backslashes before a quote give n backslashes and the quote
 * toggles quote mode, 2n+1 give n backslashes and a literal quote; other backslashes are
 * literal; inside quotes, `""` is a literal quote.
 */
export function msvcrtArgv(line: string): string[] {
  const args: string[] = [];
  let i = 0;
  let program = "";
  if (line[0] === '"') {
    const close = line.indexOf('"', 1);
    program = close === -1 ? line.slice(1) : line.slice(1, close);
    i = close === -1 ? line.length : close + 1;
  } else {
    while (i < line.length && line[i] !== " " && line[i] !== "\t") program += line[i++];
  }
  args.push(program);
  for (;;) {
    while (line[i] === " " || line[i] === "\t") i++;
    if (i >= line.length) break;
    let current = "";
    let quoted = false;
    while (i < line.length) {
      const c = line[i] as string;
      if (!quoted && (c === " " || c === "\t")) break;
      if (c === "\\") {
        let n = 0;
        while (line[i] === "\\") {
          n++;
          i++;
        }
        if (line[i] === '"') {
          current += "\\".repeat(Math.floor(n / 2));
          if (n % 2 === 1) {
            current += '"';
            i++;
          }
        } else {
          current += "\\".repeat(n);
        }
        continue;
      }
      if (c === '"') {
        if (quoted && line[i + 1] === '"') {
          current += '"';
          i += 2;
          continue;
        }
        quoted = !quoted;
        i++;
        continue;
      }
      current += c;
      i++;
    }
    args.push(current);
  }
  return args;
}
