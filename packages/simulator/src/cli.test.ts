import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Agent } from "undici";
import { describe, expect, test } from "vitest";
import { runSimulatorCli } from "./cli.js";
import type { Simulator } from "./start-simulator.js";

function capture() {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/** Runs the CLI until `stop` is called from `whileRunning`, and returns its exit code and output. */
async function runUntil(
  argv: string[],
  whileRunning: (sim: Simulator, stop: () => void) => Promise<void>,
) {
  const out = capture();
  const err = capture();
  const controller = new AbortController();
  let during: Promise<void> = Promise.resolve();
  const code = await runSimulatorCli(argv, {
    stdout: out.stream,
    stderr: err.stream,
    signal: controller.signal,
    onStarted: (sim) => {
      during = whileRunning(sim, () => controller.abort());
    },
  });
  await during;
  return { code, stdout: out.text(), stderr: err.text() };
}

const variable = (text: string, name: string) =>
  new RegExp(`export ${name}=(\\S+)`).exec(text)?.[1];

describe("runSimulatorCli", () => {
  test("prints the URL and GUESTOPS_* variables, serves HTTPS, and stops on abort", async () => {
    let printed = "";
    const result = await runUntil([], async (sim, stop) => {
      await new Promise((resolve) => setImmediate(resolve));
      const dispatcher = new Agent({ connect: { ca: sim.ca } });
      const res = await fetch(`${sim.url}/api/session`, {
        method: "POST",
        headers: { authorization: `Basic ${btoa("administrator@vsphere.local:password")}` },
        dispatcher,
      });
      expect(res.status).toBe(201);
      await dispatcher.close();
      printed = sim.url;
      stop();
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`listening on ${printed}`);
    expect(variable(result.stdout, "GUESTOPS_URL")).toBe(printed);
    expect(variable(result.stdout, "GUESTOPS_USERNAME")).toBe("administrator@vsphere.local");
    expect(variable(result.stdout, "GUESTOPS_PASSWORD")).toBe("password");
    expect(variable(result.stdout, "GUESTOPS_GUEST_USER")).toBe("root");
    expect(variable(result.stdout, "GUESTOPS_GUEST_PASSWORD")).toBe("vmware");
    const caFile = variable(result.stdout, "GUESTOPS_CA_FILE");
    expect(caFile).toBeDefined();
    expect(result.stdout).toContain("web-01");
    expect(result.stdout).toContain("stopped (abort)");
    // The CA file is removed with the simulator.
    expect(existsSync(caFile as string)).toBe(false);
  });

  test("reads --config, lets flags override it, and stops on SIGTERM", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sim-cli-"));
    try {
      const config = join(dir, "sim.json");
      await writeFile(
        config,
        JSON.stringify({
          flavor: "api",
          users: [{ username: "ops@vsphere.local", password: "s3cret pass" }],
          inventory: { vms: [{ id: "vm-1", name: "only-01" }] },
        }),
      );
      const result = await runUntil(
        ["--config", config, "--flavor", "rest", "--http"],
        async (sim) => {
          expect(sim.flavor).toBe("rest");
          expect(sim.ca).toBeUndefined();
          process.emit("SIGTERM");
        },
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /listening on http:\/\/127\.0\.0\.1:\d+ \(flavor rest, 1 VMs\)/,
      );
      expect(result.stdout).toContain("export GUESTOPS_USERNAME=ops@vsphere.local");
      expect(result.stdout).toContain("export GUESTOPS_PASSWORD='s3cret pass'");
      expect(result.stdout).not.toContain("GUESTOPS_CA_FILE");
      expect(result.stdout).toContain("stopped (SIGTERM)");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [["--flavor", "soap"], /flavor/],
    [["--port", "eighty"], /--port/],
    [["--host", "0.0.0.0", "--http"], /allowRemote/],
    [["--bogus"], /bogus/],
  ])("exits 2 with a message for %j", async (argv, message) => {
    const err = capture();
    const code = await runSimulatorCli(argv, { stdout: capture().stream, stderr: err.stream });
    expect(code).toBe(2);
    expect(err.text()).toMatch(message);
  });

  test("prints usage for --help", async () => {
    const out = capture();
    expect(await runSimulatorCli(["--help"], { stdout: out.stream })).toBe(0);
    expect(out.text()).toContain("Usage: guestops-simulator");
  });
});

describe("the bin entry", () => {
  test("only runs the CLI and sets the exit status", () => {
    const source = readFileSync(new URL("./bin.ts", import.meta.url), "utf8");
    expect(source.startsWith("#!/usr/bin/env node")).toBe(true);
    expect(source).toContain("process.exitCode = await runSimulatorCli(process.argv.slice(2));");
  });
});
