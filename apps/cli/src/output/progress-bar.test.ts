import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { createPalette } from "./color.js";
import { createProgressBar } from "./progress-bar.js";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function capture() {
  const chunks: string[] = [];
  return { chunks, stream: { write: (chunk: string) => chunks.push(chunk), columns: 80 } };
}

const plain = createPalette({ isTTY: false }, {});

test("draws counts, a bar and the elapsed time, redrawing as VMs finish", () => {
  const { chunks, stream } = capture();
  let clock = 0;
  const bar = createProgressBar(stream, { total: 4, palette: plain, now: () => clock });
  expect(chunks.at(-1)?.startsWith("\r\u001b[2K")).toBe(true);
  expect(chunks.at(-1)).toMatch(/\S 0\/4 VMs \[░+\] 0 ok 0 failed 0ms$/);
  clock = 1500;
  bar.tick(true);
  bar.tick(false);
  expect(chunks.at(-1)).toMatch(/ 2\/4 VMs \[█+░+\] 1 ok 1 failed 1\.5s$/);
  bar.stop();
});

test("keeps moving while nothing finishes, and stops drawing once stopped", () => {
  const { chunks, stream } = capture();
  const bar = createProgressBar(stream, { total: 1, palette: plain, now: () => 0 });
  const before = chunks.length;
  vi.advanceTimersByTime(350);
  expect(chunks.length - before).toBe(3);
  bar.stop();
  expect(chunks.at(-1)).toBe("\r\u001b[2K");
  vi.advanceTimersByTime(1000);
  bar.tick(true);
  expect(chunks.at(-1)).toBe("\r\u001b[2K");
});

test("clears the line around other output so it never interleaves", () => {
  const { chunks, stream } = capture();
  const bar = createProgressBar(stream, { total: 2, palette: plain, now: () => 0 });
  bar.suspend(() => chunks.push("web-01: hello\n"));
  expect(chunks.slice(-3, -1)).toEqual(["\r\u001b[2K", "web-01: hello\n"]);
  expect(chunks.at(-1)).toMatch(/0\/2 VMs/);
  bar.stop();
});
