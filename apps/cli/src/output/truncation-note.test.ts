import { expect, test } from "vitest";
import { truncationNotes } from "./truncation-note.js";

const run = { vm: "vm-101", status: "exited", exitCode: 0 } as const;

test("states the limit and the flag that raises it, for each cut stream", () => {
  expect(
    truncationNotes(
      { ...run, stdoutTruncated: true, stderrTruncated: true },
      "web-01",
      1024 * 1024,
    ),
  ).toEqual([
    "the stdout of web-01 was truncated at 1 MiB (raise with --max-output)",
    "the stderr of web-01 was truncated at 1 MiB (raise with --max-output)",
  ]);
});

test("reads the limit from the kept bytes when the caller does not know it", () => {
  const stdoutBytes = new Uint8Array(512 * 1024);
  expect(truncationNotes({ ...run, stdoutTruncated: true, stdoutBytes }, "web-01")).toEqual([
    "the stdout of web-01 was truncated at 512 KiB (raise with --max-output)",
  ]);
});

test("says nothing about streams that were not cut", () => {
  expect(truncationNotes({ ...run, stdoutTruncated: false }, "web-01", 1024)).toEqual([]);
});
