import type { CliIo } from "../src/cli-io.js";

/** Options of {@link captureIo}. */
export interface CaptureOptions {
  readonly env?: Record<string, string | undefined>;
  readonly stdin?: string | Uint8Array;
  readonly isTTY?: boolean;
  readonly now?: () => number;
}

/** An in-memory CliIo: what the command wrote, as text or bytes, and a Ctrl-C to press. */
export function captureIo(options: CaptureOptions = {}) {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const sink = (chunks: Uint8Array[]) => ({
    write: (chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === "string" ? encoder.encode(chunk) : new Uint8Array(chunk));
      return true;
    },
    isTTY: options.isTTY ?? false,
    columns: 100,
  });
  const controller = new AbortController();
  let stdinReads = 0;
  const io: CliIo = {
    stdout: sink(out),
    stderr: sink(err),
    readStdin: async () => {
      stdinReads++;
      const input = options.stdin ?? "";
      return typeof input === "string" ? encoder.encode(input) : input;
    },
    env: options.env ?? {},
    signal: controller.signal,
    now: options.now ?? Date.now,
  };
  const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString("utf8");
  return {
    io,
    stdout: () => text(out),
    stderr: () => text(err),
    stdoutBytes: () => Buffer.concat(out),
    stdinReads: () => stdinReads,
    /** Presses Ctrl-C. */
    interrupt: () => controller.abort(new Error("interrupted by SIGINT")),
  };
}
