// --password-stdin and --guest-password-stdin when standard input is a terminal: the bin passes
// promptSecret then (cli.ts); here a fake terminal types each password once its prompt is shown.
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { captureIo } from "../test/capture-io.js";
import { SECRETS, startTestSimulator } from "../test/simulator.js";
import { runCli } from "./main.js";
import { createSecretPrompt, type TerminalInput } from "./prompt-secret.js";

let sim: Awaited<ReturnType<typeof startTestSimulator>>;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim?.stop());

/** A terminal whose user answers each prompt (matched by its text) once it appears on stderr. */
function terminalAnswering(answers: Record<string, string>) {
  const terminal = new PassThrough() as PassThrough & TerminalInput;
  Object.assign(terminal, { isTTY: true, setRawMode: vi.fn(), isRaw: false });
  const capture = captureIo({ env: {} });
  const stderr = {
    ...capture.io.stderr,
    write(chunk: string | Uint8Array) {
      const text = String(chunk);
      for (const [prompt, answer] of Object.entries(answers)) {
        if (text.startsWith(prompt)) setImmediate(() => terminal.write(`${answer}\r`));
      }
      return capture.io.stderr.write(chunk);
    },
  };
  const io = { ...capture.io, stderr, promptSecret: createSecretPrompt(terminal, stderr) };
  return { io, capture };
}

test("asks for each password on the terminal, without echo, instead of waiting for end of input", async () => {
  const { GUESTOPS_PASSWORD: vc, GUESTOPS_GUEST_PASSWORD: guest, ...env } = sim.env;
  const { io, capture } = terminalAnswering({
    "vCenter password for administrator@vsphere.local: ": vc ?? "",
    "guest password for root: ": guest ?? "",
  });
  const status = await runCli(
    ["ps", "--vm", "web-01", "--password-stdin", "--guest-password-stdin"],
    { ...io, env },
  );
  expect(status).toBe(0);
  expect(capture.stdout()).toMatch(/^PID\s+OWNER/);
  expect(capture.stderr()).toMatch(
    /^vCenter password for administrator@vsphere\.local: \nguest password for root: \n/,
  );
  // Piped input is read to its end; a terminal must not be.
  expect(capture.stdinReads()).toBe(0);
  for (const secret of SECRETS) {
    expect(capture.stderr()).not.toContain(secret);
    expect(capture.stdout()).not.toContain(secret);
  }
});
