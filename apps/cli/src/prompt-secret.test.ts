import { PassThrough } from "node:stream";
import { expect, test, vi } from "vitest";
import { captureIo } from "../test/capture-io.js";
import { createSecretPrompt, type TerminalInput } from "./prompt-secret.js";

/** A fake terminal: what the user types goes in with `type`; raw-mode switches are recorded. */
function fakeTerminal() {
  const stream = new PassThrough() as PassThrough & TerminalInput;
  const setRawMode = vi.fn();
  Object.assign(stream, { isTTY: true, setRawMode, isRaw: false });
  return { stream, setRawMode, type: (keys: string) => stream.write(keys) };
}

test("prompts on stderr, reads one line with echo off, and restores the terminal", async () => {
  const terminal = fakeTerminal();
  const capture = captureIo();
  const answer = createSecretPrompt(terminal.stream, capture.io.stderr)("vCenter password: ");
  terminal.type("s3cret-Pa55\r");
  await expect(answer).resolves.toBe("s3cret-Pa55");
  expect(capture.stderr()).toBe("vCenter password: \n");
  expect(capture.stdout()).toBe("");
  expect(terminal.setRawMode.mock.calls).toEqual([[true], [false]]);
});

test("lets the user correct a typo with backspace, still without echo", async () => {
  const terminal = fakeTerminal();
  const capture = captureIo();
  const answer = createSecretPrompt(terminal.stream, capture.io.stderr)("guest password: ");
  terminal.type("pw-x\u007fy\r");
  await expect(answer).resolves.toBe("pw-y");
  expect(capture.stderr()).toBe("guest password: \n");
});

test("asks again for a second secret on the same terminal", async () => {
  const terminal = fakeTerminal();
  const capture = captureIo();
  const prompt = createSecretPrompt(terminal.stream, capture.io.stderr);
  const first = prompt("one: ");
  terminal.type("first\r");
  await expect(first).resolves.toBe("first");
  const second = prompt("two: ");
  terminal.type("second\r");
  await expect(second).resolves.toBe("second");
  expect(capture.stderr()).toBe("one: \ntwo: \n");
});

test("rejects on Ctrl-C, and gives undefined on Ctrl-D", async () => {
  const terminal = fakeTerminal();
  const capture = captureIo();
  const prompt = createSecretPrompt(terminal.stream, capture.io.stderr);
  const interrupted = prompt("password: ");
  terminal.type("\u0003");
  await expect(interrupted).rejects.toMatchObject({ name: "PromptInterruptedError" });
  const ended = prompt("password: ");
  terminal.type("\u0004");
  await expect(ended).resolves.toBeUndefined();
});
