import { readFile } from "node:fs/promises";
import type { CommandContext } from "./command-context.js";
import { parseDuration } from "./parse/duration.js";
import { parseEnvPairs } from "./parse/env-pairs.js";
import { parseSize } from "./parse/size.js";
import { UsageError } from "./usage-error.js";

/** The run options shared by `run` and `start`, as commander parsed them. */
export interface RunOptionFlags {
  readonly env?: readonly string[];
  readonly cwd?: string;
  readonly timeout?: string;
  readonly maxOutput?: string;
  readonly capture?: boolean;
  readonly startMinimized?: boolean;
  readonly stdin?: string;
  /** `[program, args]` after `--`. */
  readonly operands: readonly unknown[];
}

/** What to run, validated, in the shape of `@guestops/poll`'s RunRequest minus `vm` and `credentials`. */
export interface ProgramSpec {
  readonly path: string;
  readonly args: string[];
  readonly env?: Record<string, string>;
  readonly workingDirectory?: string;
  readonly capture: boolean;
  readonly stdin?: Uint8Array;
  readonly startMinimized?: boolean;
  /** ms; the guest program is terminated when it passes. */
  readonly timeout?: number;
  /** Largest output kept per stream, in bytes; unset = poll's default (1 MiB). */
  readonly maxOutputBytes?: number;
}

const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/**
 * Validates the program and run options and reads `--stdin`, before any request: a bad value is a
 * usage error and nothing starts. `secrets` are the values copied by a bare `--env NAME`.
 *
 * @throws {UsageError}
 */
export async function resolveProgramSpec(
  flags: RunOptionFlags,
  context: CommandContext,
): Promise<{ program: ProgramSpec; secrets: string[] }> {
  const [path, args = []] = flags.operands as [string, string[] | undefined];
  // A bare name (`uptime`) is looked up in the guest's PATH on Linux, as govc does; a relative
  // path would depend on a working directory the guest decides.
  if (!ABSOLUTE.test(path) && /[\\/]/.test(path)) {
    throw new UsageError(
      `the program must be an absolute path in the guest, like /usr/bin/uname or C:\\Windows\\System32\\cmd.exe, or a bare name to look up in the guest's PATH (got ${JSON.stringify(path)})`,
    );
  }
  if (flags.cwd !== undefined && !ABSOLUTE.test(flags.cwd)) {
    throw new UsageError(
      `--cwd must be an absolute path in the guest (got ${JSON.stringify(flags.cwd)})`,
    );
  }
  const timeout =
    flags.timeout === undefined ? undefined : parseDuration(flags.timeout, "--timeout");
  const parsed =
    flags.env && flags.env.length > 0 ? parseEnvPairs(flags.env, context.io.env) : undefined;
  const env = parsed?.env;
  const capture = flags.capture !== false;
  if (!capture && flags.maxOutput !== undefined) {
    throw new UsageError(
      "--max-output has no effect with --no-capture: nothing is captured; drop one of them",
    );
  }
  const maxOutputBytes =
    flags.maxOutput === undefined ? undefined : parseSize(flags.maxOutput, "--max-output");
  const stdin = flags.stdin === undefined ? undefined : await readStdinSource(flags.stdin, context);
  const program: ProgramSpec = {
    path,
    args: [...args],
    ...(env ? { env } : {}),
    ...(flags.cwd !== undefined ? { workingDirectory: flags.cwd } : {}),
    capture,
    ...(stdin ? { stdin } : {}),
    ...(flags.startMinimized ? { startMinimized: true } : {}),
    ...(timeout !== undefined ? { timeout } : {}),
    ...(maxOutputBytes !== undefined ? { maxOutputBytes } : {}),
  };
  return { program, secrets: parsed?.secrets ?? [] };
}

/** Reads a `<file|->` flag value: the file's bytes, or all of stdin for `-`. */
export async function readStdinSource(
  source: string,
  context: CommandContext,
  flag = "--stdin",
): Promise<Uint8Array> {
  if (source === "-") return context.stdin.claim(`${flag} -`)();
  try {
    return new Uint8Array(await readFile(source));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new UsageError(`${flag} ${source} cannot be read (${code}): check the path`);
  }
}
