import { expect, test } from "vitest";
import { createStdinGate } from "./stdin-gate.js";

const bytes = (text: string) => async () => new TextEncoder().encode(text);

test("lets both password flags share stdin, one line each", async () => {
  const gate = createStdinGate(bytes("vc\nguest\n"));
  expect(await gate.secrets("--password-stdin").nextLine()).toBe("vc");
  expect(await gate.secrets("--guest-password-stdin").nextLine()).toBe("guest");
});

test("refuses a second reader of stdin before anything is read", () => {
  let reads = 0;
  const gate = createStdinGate(async () => {
    reads++;
    return new Uint8Array();
  });
  gate.secrets("--password-stdin");
  expect(() => gate.claim("--stdin -")).toThrow(
    "--password-stdin and --stdin - both read standard input: give one of them a file instead",
  );
  expect(reads).toBe(0);
});

test("reads stdin once however often the claimant asks", async () => {
  let reads = 0;
  const gate = createStdinGate(async () => {
    reads++;
    return new TextEncoder().encode("x");
  });
  const read = gate.claim("--stdin -");
  await read();
  await read();
  expect(reads).toBe(1);
});
