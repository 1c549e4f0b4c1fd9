import { afterAll, beforeAll, expect, test } from "vitest";
import { runProcess } from "../src/run-process.js";
import { ROOT, startWorld, type World } from "./world.js";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());

test("keeps the guest's output bytes as written, invalid UTF-8 included, out of JSON", async () => {
  const result = await runProcess(world.client, {
    vm: "web-01",
    path: "/usr/bin/printf",
    args: ["a\\377\\376b\\0c"],
    credentials: ROOT,
  });
  expect(result.status).toBe("exited");
  expect([...result.stdoutBytes]).toEqual([0x61, 0xff, 0xfe, 0x62, 0x00, 0x63]);
  expect(result.stderrBytes).toHaveLength(0);
  // The text field decodes (U+FFFD for the invalid bytes); the bytes stay out of JSON and logs.
  expect(result.stdout).toBe("a\uFFFD\uFFFDb\u0000c");
  expect(JSON.stringify(result)).not.toContain("stdoutBytes");
});

test("cuts the bytes at maxOutputBytes exactly", async () => {
  const result = await runProcess(world.client, {
    vm: "web-01",
    path: "/usr/bin/printf",
    args: ["0123456789"],
    credentials: ROOT,
    maxOutputBytes: 4,
  });
  expect(new TextDecoder().decode(result.stdoutBytes)).toBe("0123");
  expect(result.stdoutTruncated).toBe(true);
});
