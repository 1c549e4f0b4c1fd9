import { CommanderError } from "commander";
import type { CliIo } from "./cli-io.js";
import type { CommandContext } from "./command-context.js";
import { failureStatus } from "./failure-status.js";
import { createPalette } from "./output/color.js";
import { formatErrorLine } from "./output/error-line.js";
import { EXIT } from "./output/exit-status.js";
import { createProgram, type Dispatch } from "./program.js";
import { rejectSecretFlags } from "./secret-flags.js";
import { createStdinGate } from "./stdin-gate.js";
import { isUsageError } from "./usage-error.js";

/**
 * Runs `guestops` with the given arguments (without `node` and the script) and returns the exit
 * status. It never calls `process.exit`: the bin does, once; tests call this in-process.
 *
 * @example
 * const status = await runCli(["run", "--vm", "web-01", "--", "/bin/true"], io);
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const palette = createPalette(io.stderr, io.env);
  try {
    rejectSecretFlags(argv);
  } catch (error) {
    io.stderr.write(`${formatErrorLine(error, { command: argv[0] ?? "" })}\n`);
    return EXIT.usage;
  }

  let status: number = EXIT.ok;
  const dispatch: Dispatch = async (name, load, flags, command) => {
    const context: CommandContext = {
      io,
      palette,
      stdin: createStdinGate(io.readStdin, io.promptSecret),
    };
    try {
      const run = await load();
      status = await run(flags as never, context);
    } catch (error) {
      if (isUsageError(error)) {
        io.stderr.write(`${formatErrorLine(error, { command: name })}\n`);
        io.stderr.write(`Usage: guestops ${name} ${command.usage()}\n`);
        io.stderr.write(`Run 'guestops ${name} --help' for the flags.\n`);
        status = EXIT.usage;
        return;
      }
      // Commands report what they know about; anything else still gets one line, never a stack.
      io.stderr.write(`${formatErrorLine(error, { command: name })}\n`);
      status = failureStatus(error, io.signal);
    }
  };

  const program = createProgram(dispatch, argv);
  // Commander must never exit or print by itself: every command reports through io.
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, "guestops: ")),
    });
  }
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      const shown = error.code === "commander.helpDisplayed" || error.code === "commander.version";
      return shown ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return status;
}
