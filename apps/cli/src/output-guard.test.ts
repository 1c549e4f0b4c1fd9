import { EventEmitter } from "node:events";
import { expect, test, vi } from "vitest";
import { type FailingStream, guardOutput } from "./output-guard.js";

function fakeStream() {
  const written: string[] = [];
  const stream = Object.assign(new EventEmitter(), {
    write: (chunk: string | Uint8Array) => written.push(String(chunk)) > 0,
    isTTY: false,
    columns: 80,
  });
  return { stream: stream as typeof stream & FailingStream, written };
}

const epipe = () => Object.assign(new Error("write EPIPE"), { code: "EPIPE" });

test("reports the first EPIPE once, then drops what either stream is given", () => {
  const out = fakeStream();
  const err = fakeStream();
  const onFailure = vi.fn();
  const guarded = guardOutput(out.stream, err.stream, onFailure);
  guarded.stdout.write("line 1\n");
  out.stream.emit("error", epipe());
  out.stream.emit("error", epipe());
  guarded.stdout.write("line 2\n");
  guarded.stderr.write("guestops: run interrupted\n");
  expect(onFailure).toHaveBeenCalledTimes(1);
  expect(guarded.failure).toMatchObject({ code: "EPIPE" });
  expect(out.written).toEqual(["line 1\n"]);
  expect(err.written).toEqual([]);
});

test("treats a failure of stderr like one of stdout", () => {
  const out = fakeStream();
  const err = fakeStream();
  const onFailure = vi.fn();
  const guarded = guardOutput(out.stream, err.stream, onFailure);
  err.stream.emit("error", epipe());
  guarded.stdout.write("dropped\n");
  expect(onFailure).toHaveBeenCalledTimes(1);
  expect(out.written).toEqual([]);
});

test("passes writes, isTTY and columns through while nothing failed", () => {
  const out = fakeStream();
  const err = fakeStream();
  const guarded = guardOutput(out.stream, err.stream, () => undefined);
  guarded.stdout.write("a");
  guarded.stderr.write("b");
  out.stream.columns = 120;
  expect(out.written).toEqual(["a"]);
  expect(err.written).toEqual(["b"]);
  expect(guarded.stdout.columns).toBe(120);
  expect(guarded.stderr.isTTY).toBe(false);
  expect(guarded.failure).toBeUndefined();
});
