import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runGuestops } from "../../test/run-cli.js";
import { SAML_TOKEN, SECRETS, startTestSimulator } from "../../test/simulator.js";

const dir = mkdtempSync(join(tmpdir(), "guestops-logins-"));

describe("guest logins", () => {
  let sim: Awaited<ReturnType<typeof startTestSimulator>>;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim?.stop());

  test("runs with a SAML bearer token from --saml-token-file, and never prints it", async () => {
    const file = join(dir, "token.xml");
    writeFileSync(file, `${SAML_TOKEN}\n`);
    const { GUESTOPS_GUEST_USER: _u, GUESTOPS_GUEST_PASSWORD: _p, ...env } = sim.env;
    const ok = await runGuestops(
      ["run", "--vm", "web-01", "--saml-token-file", file, "--", "/usr/bin/id", "-un"],
      env,
    );
    expect(ok.stdout).toBe(`${userInfo().username}\n`);
    expect(ok.status).toBe(0);
    const dry = await runGuestops(
      ["run", "--dry-run", "--vm", "web-01", "--saml-token-file", file, "--", "/bin/true"],
      env,
    );
    expect(dry.stdout).toContain('"saml_token":"[redacted]"');
    for (const out of [ok.stdout, ok.stderr, dry.stdout, dry.stderr]) {
      for (const secret of SECRETS) expect(out).not.toContain(secret);
    }
  });

  test("takes GUESTOPS_INSECURE=1 from the environment, with the warning", async () => {
    const { status, stderr } = await runGuestops(["vms", "--name", "web-01"], {
      ...sim.env,
      GUESTOPS_CA_FILE: undefined,
      GUESTOPS_INSECURE: "1",
    });
    expect(status).toBe(0);
    expect(stderr).toContain("TLS certificate verification is off (--insecure)");
  });

  test("wait --timeout terminates the program and exits 124", async () => {
    const started = await runGuestops(
      ["start", "--vm", "web-02", "--", "/bin/sleep", "130"],
      sim.env,
    );
    const pid = Number(started.stdout.trim());
    const waited = await runGuestops(
      ["wait", "--vm", "web-02", "--pid", String(pid), "--timeout", "300ms"],
      sim.env,
    );
    expect(waited.status).toBe(124);
    expect(waited.stderr).toContain(
      `guestops: wait on web-02 timed out after 300ms: the guest program (pid ${pid}) was terminated`,
    );
    await expect
      .poll(() => sim.sim.stats.processes.find((p) => p.pid === pid)?.finishedAt, {
        timeout: 10_000,
      })
      .toBeDefined();
  });

  test("Ctrl-C during a fleet run terminates every program still running and exits 130", async () => {
    const before = sim.sim.stats.processes.length;
    const { status, stderr } = await runGuestops(
      ["run", "--vm", "web-01", "--vm", "web-02", "--vm", "db-01", "--", "/bin/sleep", "131"],
      sim.env,
      {
        onStart: (interrupt) => {
          const timer = setInterval(() => {
            if (sim.sim.stats.processes.length - before >= 3) {
              clearInterval(timer);
              interrupt();
            }
          }, 20);
        },
      },
    );
    expect(status).toBe(130);
    expect(stderr).toContain("guestops: run interrupted");
    const records = sim.sim.stats.processes.slice(before);
    await expect
      .poll(() => records.every((r) => r.finishedAt !== undefined), { timeout: 10_000 })
      .toBe(true);
  });
});

describe("the /rest flavor (vSphere 7.0)", () => {
  let sim: Awaited<ReturnType<typeof startTestSimulator>>;
  beforeAll(async () => {
    sim = await startTestSimulator({ flavor: "rest" });
  });
  afterAll(() => sim?.stop());

  test("runs and reports the exit code, saying plainly that output was not captured", async () => {
    const { status, stdout, stderr } = await runGuestops(
      ["run", "--vm", "web-01", "--api-flavor", "rest", "--", "/bin/sh", "-c", "echo lost; exit 2"],
      sim.env,
    );
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /guestops: note: output was not captured: this vCenter speaks only the \/rest API/,
    );
  });

  test("ps shows end time and exit code from the list itself on /rest, with no footnote", async () => {
    const run = await runGuestops(
      ["run", "--vm", "web-01", "--", "/bin/sh", "-c", "exit 5"],
      sim.env,
    );
    expect(run.status).toBe(5);
    const { status, stdout, stderr } = await runGuestops(["ps", "--vm", "web-01"], sim.env);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\d+\s+root\s+\S+\s+\d{4}-\S+\s+5\s+\/bin\/sh/m);
    expect(stdout).not.toMatch(/\s\?\s/);
    expect(stderr).toBe("");
  });

  test("finds the flavor by itself, and doctor says what it lacks", async () => {
    const { status, stdout } = await runGuestops(["doctor", "--vm", "web-01"], sim.env);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /ok\s+API flavor\s+\/rest \(vSphere 7\.0\): runs report exit codes, but output cannot be captured/,
    );
    expect(stdout).toMatch(/skip\s+transfers/);
  });
});
