// Recognizes a taskkill invocation on an emulated Windows guest, so the simulator can do what
// taskkill does instead of "running" it like any other program. Clients (poll) end Windows runs
// with `taskkill /PID <n> /T /F`; without this, the run would only end at its natural end.

/** What a recognized taskkill command line asks for. */
export interface TaskkillCommand {
  /** The processes to end (`/PID`, repeatable). */
  readonly pids: readonly number[];
  /** `/T`: also the processes they started. */
  readonly tree: boolean;
  /** `/F`: forcefully (TerminateProcess). */
  readonly force: boolean;
}

// Windows matches paths case-insensitively and accepts `/` as a separator; the extension may be
// left out. Only the system's own copies count: another taskkill.exe is just a program.
const SYSTEM_DIR = String.raw`^[a-z]:\\windows\\(?:system32|syswow64|sysnative)\\`;
const TASKKILL_PATH = new RegExp(`${SYSTEM_DIR}taskkill(?:\\.exe)?$`, "i");
const CMD_PATH = new RegExp(`${SYSTEM_DIR}cmd(?:\\.exe)?$`, "i");
const TASKKILL_NAME = /^taskkill(?:\.exe)?$/i;
// cmd.exe switches that may come before /C (/D, /S, /Q, /E:ON, /V:OFF, ...).
const CMD_SWITCH = /^\/[a-z](?::\S*)?$/i;
// Anything that makes a cmd.exe line more than one plain command (chaining, pipes, redirection,
// grouping, variables): such a line is not treated as a bare taskkill.
const CMD_METACHARACTERS = /[&|<>^()%!]/;

function normalized(path: string): string {
  return path.replaceAll("/", "\\");
}

/** Parses taskkill's own arguments; undefined for a form the simulator does not emulate. */
function parseTaskkillArguments(args: string): TaskkillCommand | undefined {
  const tokens = args.split(/\s+/).filter((token) => token !== "");
  const pids: number[] = [];
  let tree = false;
  let force = false;
  for (let index = 0; index < tokens.length; index++) {
    // taskkill takes its switches with `/` or `-`, in any case.
    const option = /^[/-]([a-z]+)$/i.exec(tokens[index] ?? "")?.[1]?.toUpperCase();
    if (option === "T") tree = true;
    else if (option === "F") force = true;
    else if (option === "PID" && /^\d{1,10}$/.test(tokens[index + 1] ?? "")) {
      pids.push(Number(tokens[index + 1]));
      index++;
    } else {
      // /IM, /FI, /S, /U, /P and anything malformed: not emulated.
      return undefined;
    }
  }
  return pids.length === 0 ? undefined : { pids, tree, force };
}

/** The command after `cmd.exe [switches] /C`, outer quotes removed; undefined without /C. */
function cmdCommand(args: string): string | undefined {
  let rest = args.trimStart();
  for (;;) {
    const token = /^\S+/.exec(rest)?.[0];
    if (token === undefined) return undefined;
    rest = rest.slice(token.length).trimStart();
    if (token.toUpperCase() === "/C") break;
    if (!CMD_SWITCH.test(token) || token.toUpperCase() === "/K") return undefined;
  }
  const command = rest.trimEnd();
  // cmd.exe /S (and the usual case without it) strips the first and last quote of the line.
  return command.length >= 2 && command.startsWith('"') && command.endsWith('"')
    ? command.slice(1, -1)
    : command;
}

/** A taskkill invoked through `cmd.exe /c taskkill ...`: the program token, then its arguments. */
function taskkillThroughCmd(args: string): TaskkillCommand | undefined {
  const command = cmdCommand(args);
  if (command === undefined) return undefined;
  const match = /^\s*(?:"([^"]+)"|(\S+))(.*)$/.exec(command);
  const program = match?.[1] ?? match?.[2];
  const rest = match?.[3] ?? "";
  if (program === undefined || CMD_METACHARACTERS.test(rest) || rest.includes('"')) {
    return undefined;
  }
  const known = TASKKILL_NAME.test(program) || TASKKILL_PATH.test(normalized(program));
  return known ? parseTaskkillArguments(rest) : undefined;
}

/**
 * Recognizes `taskkill /PID <n> [/PID <m> ...] [/T] [/F]` started directly (the system's
 * taskkill.exe, any case) or as the only command of `cmd.exe /c`. Other taskkill forms (/IM,
 * /FI, /S) and anything else answer undefined: they are emulated like any other program.
 */
export function parseTaskkillCommand(path: string, args: string): TaskkillCommand | undefined {
  const program = normalized(path);
  if (TASKKILL_PATH.test(program)) return parseTaskkillArguments(args);
  if (CMD_PATH.test(program)) return taskkillThroughCmd(args);
  return undefined;
}
