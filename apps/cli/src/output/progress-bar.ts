import { formatDuration } from "../parse/duration.js";
import type { Palette } from "./color.js";

/** A live one-line progress display for a fleet run, on a terminal's stderr. */
export interface ProgressBar {
  /** One more VM finished. */
  tick(succeeded: boolean): void;
  /** Runs `write` with the line cleared, then draws it again (so other output never interleaves). */
  suspend(write: () => void): void;
  /** Clears the line for good and stops the clock. */
  stop(): void;
}

/** Where the bar draws: a terminal stream. */
export interface TerminalStream {
  write(chunk: string): unknown;
  readonly columns?: number;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const CLEAR_LINE = "\r\u001b[2K";
const REDRAW_MS = 100;

/**
 * Draws `⠹ 12/50 VMs [██████░░░░] 10 ok 2 failed 3.1s` and redraws it as VMs finish and every
 * 100 ms (the spinner and clock move while slow VMs run). Loaded lazily: only a fleet run on a
 * terminal needs it.
 */
export function createProgressBar(
  stream: TerminalStream,
  options: { readonly total: number; readonly palette: Palette; readonly now: () => number },
): ProgressBar {
  const { total, palette, now } = options;
  const startedAt = now();
  let done = 0;
  let failed = 0;
  let frame = 0;
  let stopped = false;

  const render = () => {
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const bar = `${"█".repeat(filled)}${palette.dim("░".repeat(width - filled))}`;
    const ok = palette.green(`${done - failed} ok`);
    const bad = failed > 0 ? palette.red(`${failed} failed`) : palette.dim("0 failed");
    const spinner = palette.cyan(FRAMES[frame % FRAMES.length] ?? "");
    const elapsed = palette.dim(formatDuration(now() - startedAt));
    return `${spinner} ${done}/${total} VMs [${bar}] ${ok} ${bad} ${elapsed}`;
  };
  const draw = () => {
    if (!stopped) stream.write(`${CLEAR_LINE}${render()}`);
  };
  const timer = setInterval(() => {
    frame++;
    draw();
  }, REDRAW_MS);
  timer.unref?.();
  draw();

  return {
    tick(succeeded) {
      done++;
      if (!succeeded) failed++;
      draw();
    },
    suspend(write) {
      if (stopped) return write();
      stream.write(CLEAR_LINE);
      write();
      draw();
    },
    stop() {
      if (stopped) return;
      clearInterval(timer);
      stream.write(CLEAR_LINE);
      stopped = true;
    },
  };
}
