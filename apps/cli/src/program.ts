import { Command, InvalidArgumentError } from "commander";
import packageJson from "../package.json" with { type: "json" };
import type { CommandFunction } from "./command-context.js";

/** Loads a command's module only when it runs, so `--version` and `--help` stay fast. */
export type CommandLoader = () => Promise<CommandFunction<never>>;

/** Called by every command action with its flags (operands included) and its commander Command. */
export type Dispatch = (
  name: string,
  load: CommandLoader,
  flags: Record<string, unknown>,
  command: Command,
) => Promise<void>;

const positiveInt = (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError("give a whole number of 1 or more");
  }
  return Number(value);
};
const nonNegativeInt = (value: string) => {
  if (!/^\d+$/.test(value)) {
    throw new InvalidArgumentError("give a whole number");
  }
  return Number(value);
};
const collect = (value: string, previous: string[] = []) => [...previous, value];
// An empty --vm (an unset shell variable, `--vm "$VM"`) would otherwise reach the client, which
// explains it in its own terms; say it here, before anything else happens.
const vmName = (value: string) => {
  if (value.trim() === "") throw new InvalidArgumentError("give a VM name or id, not an empty one");
  return value;
};
const collectVm = (value: string, previous: string[] = []) => collect(vmName(value), previous);

function connection(command: Command): Command {
  return command
    .option("--url <url>", "vCenter host, URL or user@host (env GUESTOPS_URL, GOVC_URL)")
    .option("--username <user>", "vCenter user (env GUESTOPS_USERNAME, GOVC_USERNAME)")
    .option(
      "--password-stdin",
      "read the vCenter password from stdin's first line, or on a terminal ask for it without echo (else env GUESTOPS_PASSWORD, GOVC_PASSWORD)",
    )
    .option(
      "--insecure",
      "do not verify vCenter's TLS certificate (env GUESTOPS_INSECURE, GOVC_INSECURE)",
    )
    .option(
      "--ca-file <file>",
      "PEM file of CAs to trust (env GUESTOPS_CA_FILE, GOVC_TLS_CA_CERTS)",
    )
    .option("--api-flavor <flavor>", "auto, api (7.0 U2+) or rest (7.0) (env GUESTOPS_API_FLAVOR)")
    .option("--dry-run", "print the requests it would send, secrets redacted, and send nothing")
    .option("--verbose", "on error, also print the request trail (redacted)");
}

function guest(command: Command): Command {
  return command
    .option(
      "--guest-user <user>",
      "guest user (env GUESTOPS_GUEST_USER, or GOVC_GUEST_LOGIN=user:pass)",
    )
    .option(
      "--guest-password-stdin",
      "read the guest password from stdin (the line after the vCenter one), or on a terminal ask for it (else env GUESTOPS_GUEST_PASSWORD)",
    )
    .option("--saml-token-file <file>", "log in to the guest with a SAML bearer token from a file")
    .option("--interactive", "run in the logged-on desktop session of the guest user");
}

function runOptions(command: Command): Command {
  return command
    .option(
      "--env <NAME=VALUE>",
      "guest environment variable; NAME alone copies yours (repeatable)",
      collect,
      [],
    )
    .option("--cwd <dir>", "absolute working directory in the guest")
    .option(
      "--timeout <duration>",
      "terminate the guest program after this long (30s, 5m, 1h30m): exit 124",
    )
    .option(
      "--max-output <size>",
      "keep at most this much of stdout and of stderr each (512k, 4MiB; default 1MiB, max 256MiB)",
    )
    .option("--no-capture", "do not capture stdout/stderr (exit code only; no guest temp files)")
    .option("--start-minimized", "start the program's window minimized (Windows guests)")
    .option("--stdin <file|->", "feed this file (or - for stdin) to the program's standard input");
}

/** One command: how it appears in the overview, how to load it, and its flags. */
interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly load: CommandLoader;
  readonly configure: (command: Command) => Command;
}

const COMMANDS: readonly CommandSpec[] = [
  {
    name: "run",
    summary: "run a program in one or more VMs and wait for it",
    usage: "[options] --vm <vm>... -- <program> [args...]",
    load: () => import("./commands/run.js").then((m) => m.runCommand),
    configure: (c) =>
      runOptions(guest(connection(c)))
        .description(
          "Run a program in one or more VMs, wait for it, print its stdout and stderr and exit with its exit code.",
        )
        .option("--vm <vm>", "VM name or id (repeatable)", collectVm, [])
        .option(
          "--vms-from <file|->",
          "read VMs from a file (or - for stdin), one per line; runs as a fleet even for one VM",
        )
        .option("--concurrency <n>", "VMs to run at once (several VMs)", positiveInt, 16)
        .option("--json", "print one JSON object (one VM) or one JSON line per VM")
        .argument(
          "<program>",
          "an absolute path in the guest, or a bare name found in its PATH (Linux)",
        )
        .argument("[args...]", "its arguments")
        .passThroughOptions()
        .addHelpText(
          "after",
          `
Examples:
  guestops run --vm web-01 -- /usr/bin/uname -a
  guestops run --vm web-01 --vm web-02 --json -- /bin/systemctl is-active nginx
  guestops run --vm win-01 --guest-user Administrator --start-minimized -- 'C:\\Windows\\System32\\cmd.exe' /c ver`,
        ),
  },
  {
    name: "start",
    summary: "start a program and print its pid (or a run handle with --json)",
    usage: "[options] --vm <vm> -- <program> [args...]",
    load: () => import("./commands/start.js").then((m) => m.startCommand),
    configure: (c) =>
      runOptions(guest(connection(c)))
        .requiredOption("--vm <vm>", "VM name or id", vmName)
        .option("--json", "print a run handle for 'guestops wait --handle'")
        .argument(
          "<program>",
          "an absolute path in the guest, or a bare name found in its PATH (Linux)",
        )
        .argument("[args...]", "its arguments")
        .passThroughOptions()
        .addHelpText(
          "after",
          `
Without --json, start prints the pid only: the output is not captured (nothing would collect
it), and --timeout, --max-output and --stdin are refused, because they need the run handle that
'guestops wait --handle' resumes (it enforces the deadline and removes the guest temp files).`,
        ),
  },
  {
    name: "wait",
    summary: "wait for a started program and exit with its exit code",
    usage: "[options] (--vm <vm> --pid <pid> | --handle <file|->)",
    load: () => import("./commands/wait.js").then((m) => m.waitCommand),
    configure: (c) =>
      guest(connection(c))
        .option("--vm <vm>", "VM name or id", vmName)
        .option("--pid <pid>", "guest process id", nonNegativeInt)
        .option(
          "--handle <file|->",
          "a run handle printed by 'guestops start --json' (- for stdin)",
        )
        .option(
          "--timeout <duration>",
          "terminate the program if it is still running after this long: exit 124",
        )
        .option("--json", "print the result as one JSON object"),
  },
  {
    name: "ps",
    summary: "list the guest's processes",
    usage: "[options] --vm <vm>",
    load: () => import("./commands/ps.js").then((m) => m.psCommand),
    configure: (c) =>
      guest(connection(c))
        .requiredOption("--vm <vm>", "VM name or id", vmName)
        .option(
          "--pid <pid>",
          "read this process, with its end time and exit code (repeatable)",
          (value, previous: number[] = []) => [...previous, nonNegativeInt(value)],
        )
        .option("--json", "print a JSON array"),
  },
  {
    name: "kill",
    summary: "terminate a guest process (a guestops run with what it started)",
    usage: "[options] --vm <vm> --pid <pid>",
    load: () => import("./commands/kill.js").then((m) => m.killCommand),
    configure: (c) =>
      guest(connection(c))
        .requiredOption("--vm <vm>", "VM name or id", vmName)
        .requiredOption("--pid <pid>", "guest process id", nonNegativeInt),
  },
  {
    name: "vms",
    summary: "list VMs",
    usage: "[options]",
    load: () => import("./commands/vms.js").then((m) => m.vmsCommand),
    configure: (c) =>
      connection(c)
        .option(
          "--name <glob>",
          "only VMs whose name matches (* and ? wildcards; repeatable)",
          collect,
          [],
        )
        .option(
          "--power-state <state>",
          "only VMs in this power state: on, off, suspended (repeatable)",
          collect,
          [],
        )
        .option("--json", "print a JSON array"),
  },
  {
    name: "doctor",
    summary: "check session, API flavor, TLS, power, Tools, guest operations and file transfers",
    usage: "[options] --vm <vm>",
    load: () => import("./commands/doctor.js").then((m) => m.doctorCommand),
    configure: (c) =>
      guest(connection(c))
        .requiredOption("--vm <vm>", "VM name or id", vmName)
        .option("--json", "print the checks as JSON"),
  },
  {
    name: "simulator",
    summary: "run the embedded vCenter simulator with a demo inventory",
    usage: "[options]",
    load: () => import("./commands/simulator.js").then((m) => m.simulatorCommand),
    configure: (c) =>
      c
        .option("--config <file>", "inventory and options as JSON (default: the demo inventory)")
        .option("--port <n>", "port on 127.0.0.1 (default: a free one)", nonNegativeInt),
  },
];

/**
 * The `guestops` command line: every command, its flags and help. Actions only hand the parsed
 * flags to `dispatch`, which loads and runs the command function. Only the command named by
 * `argv[0]` gets its flags: declaring every command's flags costs more start-up time than the
 * rest of the CLI together, and the others need only their name, summary and usage.
 */
export function createProgram(dispatch: Dispatch, argv: readonly string[]): Command {
  const program = new Command("guestops")
    .description("Run programs inside vSphere VMs through vCenter's REST API.")
    .version(packageJson.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand(false)
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureHelp({ subcommandTerm: (command) => `${command.name()} ${command.usage()}` })
    .addHelpText(
      "after",
      `
Connection settings come from flags, then GUESTOPS_* variables, then govc's GOVC_* variables.
Passwords are never flags: use GUESTOPS_PASSWORD / GUESTOPS_GUEST_PASSWORD or --password-stdin.

Exit status: the guest program's exit code (one VM); 124 after --timeout; 130 on Ctrl-C;
141 when the reader of the output went away (| head), after the same clean-up as Ctrl-C;
2 for usage errors; 1 for any other failure. Several VMs or --vms-from: 0 only if every VM
exited 0.

Example:
  guestops run --vm web-01 --timeout 5m -- /usr/bin/systemctl restart nginx`,
    );

  for (const spec of COMMANDS) {
    const command = program.command(spec.name).summary(spec.summary).usage(spec.usage);
    if (spec.name !== argv[0]) continue;
    spec.configure(command);
    command.showHelpAfterError(
      `Usage: guestops ${spec.name} ${spec.usage}\nRun 'guestops ${spec.name} --help' for the flags.`,
    );
    command.action(async (...args: unknown[]) => {
      const self = args.at(-1) as Command;
      await dispatch(spec.name, spec.load, { ...self.opts(), operands: self.processedArgs }, self);
    });
  }
  return program;
}
