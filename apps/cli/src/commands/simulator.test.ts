import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { captureIo } from "../../test/capture-io.js";
import { runGuestops } from "../../test/run-cli.js";
import { runCli } from "../main.js";

function parseExports(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const match of text.matchAll(/^export (\w+)=(.*)$/gm)) {
    if (match[1] && match[2] !== undefined) env[match[1]] = match[2];
  }
  return env;
}

async function untilExports(read: () => string): Promise<Record<string, string>> {
  await expect.poll(() => read(), { timeout: 15_000 }).toContain("GUESTOPS_GUEST_PASSWORD");
  return parseExports(read());
}

test("runs the demo inventory, prints the environment to use it, and stops on Ctrl-C", async () => {
  const capture = captureIo();
  const running = runCli(["simulator"], capture.io);
  const env = await untilExports(capture.stdout);
  expect(Object.keys(env)).toEqual([
    "GUESTOPS_URL",
    "GUESTOPS_USERNAME",
    "GUESTOPS_PASSWORD",
    "GUESTOPS_CA_FILE",
    "GUESTOPS_GUEST_USER",
    "GUESTOPS_GUEST_PASSWORD",
  ]);
  expect(env.GUESTOPS_URL).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(capture.stderr()).toContain("Press Ctrl-C to stop.");

  const vms = await runGuestops(["vms", "--json"], env);
  expect(vms.status).toBe(0);
  expect(JSON.parse(vms.stdout).map((vm: { name: string }) => vm.name)).toContain("win-01");

  capture.interrupt();
  expect(await running).toBe(0);
  expect(capture.stderr()).toContain("guestops simulator: stopped");
});

test("serves a --config inventory over plain http", async () => {
  const dir = process.env.TMPDIR ?? "/tmp";
  const file = join(dir, `guestops-sim-config-${process.pid}.json`);
  writeFileSync(
    file,
    JSON.stringify({ tls: false, inventory: { vms: [{ id: "vm-9", name: "solo" }] } }),
  );
  const capture = captureIo();
  const running = runCli(["simulator", "--config", file], capture.io);
  const env = await untilExports(capture.stdout);
  expect(env.GUESTOPS_URL).toMatch(/^http:\/\//);
  expect(env.GUESTOPS_CA_FILE).toBeUndefined();
  const vms = await runGuestops(["vms", "--json"], env);
  expect(JSON.parse(vms.stdout)).toEqual([{ name: "solo", vm: "vm-9", powerState: "POWERED_ON" }]);
  capture.interrupt();
  expect(await running).toBe(0);
});

test("refuses an unreadable or invalid --config with exit 2", async () => {
  const missing = await runGuestops(["simulator", "--config", "/nonexistent.json"], {});
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain("--config /nonexistent.json cannot be read (ENOENT)");
  const file = join(process.env.TMPDIR ?? "/tmp", `guestops-sim-bad-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ flavor: "soap" }));
  const invalid = await runGuestops(["simulator", "--config", file], {});
  expect(invalid.status).toBe(2);
  expect(invalid.stderr).toContain("the simulator did not start");
});
