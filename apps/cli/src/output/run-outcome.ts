import { formatDuration } from "../parse/duration.js";
import { formatErrorLine } from "./error-line.js";
import type { PrintableRun } from "./run-json.js";

/** Whether a run counts as a success in a fleet: it ran and exited 0. */
export function isSuccessfulRun(run: Pick<PrintableRun, "status" | "exitCode">): boolean {
  return run.status === "exited" && run.exitCode === 0;
}

/**
 * How a run ended, in a few words: `exit 0`, `exit 3`, the decoded form of an exit code that is
 * not 0–255, `timed out after 5s (terminated)`, or why it did not start or was lost.
 */
export function describeOutcome(
  run: PrintableRun,
  options: {
    readonly command?: string;
    readonly timeoutMs?: number;
  } = {},
): string {
  switch (run.status) {
    case "exited": {
      const code = run.exitCode ?? null;
      if (code !== null && code >= 0 && code <= 255) return `exit ${code}`;
      return run.exitDescription ?? `exit ${String(code)}`;
    }
    case "timed_out":
      return options.timeoutMs === undefined
        ? "timed out (terminated)"
        : `timed out after ${formatDuration(options.timeoutMs)} (terminated)`;
    case "lost":
      return `lost${errorSuffix(run, options)}`;
    case "failed_to_start":
      return `did not start${errorSuffix(run, options)}`;
  }
}

function errorSuffix(run: PrintableRun, options: { readonly command?: string }): string {
  if (run.error === undefined) return "";
  // The one-line formatter already names the command and VM; keep only what follows.
  const line = formatErrorLine(run.error, { command: options.command ?? "run" });
  return `: ${line.replace(/^guestops: \S+ failed(: | while )/, "")}`;
}
