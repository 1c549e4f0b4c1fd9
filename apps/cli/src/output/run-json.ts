/** The fields of a run result that the CLI prints; a structural view of `@guestops/poll`'s RunResult. */
export interface PrintableRun {
  readonly vm: string;
  readonly pid?: number | undefined;
  readonly status: "exited" | "timed_out" | "lost" | "failed_to_start";
  readonly exitCode?: number | null | undefined;
  readonly exitDescription?: string | undefined;
  readonly startedAt?: string | Date | undefined;
  readonly finishedAt?: string | Date | undefined;
  readonly durationMs?: number | undefined;
  readonly stdout?: string | Uint8Array | undefined;
  readonly stderr?: string | Uint8Array | undefined;
  /** The guest's stdout as written (poll's non-enumerable byte copy); preferred over `stdout`. */
  readonly stdoutBytes?: Uint8Array | undefined;
  /** The guest's stderr as written; preferred over `stderr`. */
  readonly stderrBytes?: Uint8Array | undefined;
  readonly stdoutTruncated?: boolean | undefined;
  readonly stderrTruncated?: boolean | undefined;
  readonly outputCaptured?: boolean | undefined;
  readonly outputNote?: string | undefined;
  readonly timedOut?: boolean | undefined;
  readonly error?: unknown;
}

const decoder = new TextDecoder();

/** Guest output as text: strings pass through, bytes are decoded as UTF-8. */
export function outputText(output: string | Uint8Array | undefined): string {
  if (output === undefined) return "";
  return typeof output === "string" ? output : decoder.decode(output);
}

/**
 * The JSON object printed for one VM with `--json`: a stable key order, ISO dates, output as text,
 * and an `error` of `{name, message}` (never the error's own fields, which could grow secrets).
 * `vm` is the VM as the user named it; `vmId` is vCenter's identifier when it differs.
 */
export function runToJson(run: PrintableRun, requestedVm?: string): Record<string, unknown> {
  const json: Record<string, unknown> = {
    vm: requestedVm ?? run.vm,
    ...(requestedVm !== undefined && requestedVm !== run.vm ? { vmId: run.vm } : {}),
    status: run.status,
    exitCode: run.exitCode ?? null,
    exitDescription: run.exitDescription ?? null,
    timedOut: run.timedOut ?? run.status === "timed_out",
    pid: run.pid ?? null,
    startedAt: isoOrNull(run.startedAt),
    finishedAt: isoOrNull(run.finishedAt),
    durationMs: run.durationMs ?? null,
    outputCaptured: run.outputCaptured ?? false,
    stdout: outputText(run.stdout),
    stderr: outputText(run.stderr),
    stdoutTruncated: run.stdoutTruncated ?? false,
    stderrTruncated: run.stderrTruncated ?? false,
  };
  if (run.outputNote) json.outputNote = run.outputNote;
  if (run.error !== undefined) json.error = errorToJson(run.error);
  return json;
}

/** `{name, message}` of an error, for JSON output. */
export function errorToJson(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: "Error", message: String(error) };
}

function isoOrNull(value: string | Date | undefined): string | null {
  if (value === undefined) return null;
  return typeof value === "string" ? value : value.toISOString();
}
