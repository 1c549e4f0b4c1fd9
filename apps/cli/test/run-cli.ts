import { runCli } from "../src/main.js";
import { type CaptureOptions, captureIo } from "./capture-io.js";

/** Runs guestops in-process with an environment, and returns its status and what it printed. */
export async function runGuestops(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  options: Omit<CaptureOptions, "env"> & {
    readonly onStart?: (interrupt: () => void) => void;
  } = {},
) {
  const capture = captureIo({ ...options, env });
  options.onStart?.(capture.interrupt);
  const status = await runCli(argv, capture.io);
  return {
    status,
    stdout: capture.stdout(),
    stderr: capture.stderr(),
    bytes: capture.stdoutBytes(),
  };
}
