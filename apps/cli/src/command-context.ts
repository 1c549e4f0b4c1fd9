import type { CliIo } from "./cli-io.js";
import type { Palette } from "./output/color.js";
import type { StdinGate } from "./stdin-gate.js";

/** What every command function receives besides its flags. */
export interface CommandContext {
  readonly io: CliIo;
  /** The one gate to standard input (passwords, program input, VM list or handle). */
  readonly stdin: StdinGate;
  /** Styling for stderr (diagnostics), off on pipes and with NO_COLOR. */
  readonly palette: Palette;
}

/** A command: flags in, exit status out. Never calls `process.exit`. */
export type CommandFunction<Flags> = (flags: Flags, context: CommandContext) => Promise<number>;
