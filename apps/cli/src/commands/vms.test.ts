import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runGuestops } from "../../test/run-cli.js";
import { startTestSimulator } from "../../test/simulator.js";

let sim: Awaited<ReturnType<typeof startTestSimulator>>;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim?.stop());

test("lists every VM sorted by name with its id and power state", async () => {
  const { status, stdout } = await runGuestops(["vms"], sim.env);
  expect(status).toBe(0);
  const lines = stdout.trim().split("\n");
  expect(lines[0]).toMatch(/^NAME\s+VM\s+POWER$/);
  expect(lines.slice(1).map((line) => line.split(/\s+/)[0])).toEqual([
    "db-01",
    "off-01",
    "old-tools-01",
    "tools-down-01",
    "web-01",
    "web-02",
    "win-01",
    "win-crash",
  ]);
  expect(stdout).toMatch(/off-01\s+vm-302\s+POWERED_OFF/);
});

test("filters by wildcard and power state, and prints JSON", async () => {
  const { status, stdout } = await runGuestops(
    ["vms", "--name", "*-01", "--power-state", "off", "--json"],
    sim.env,
  );
  expect(status).toBe(0);
  expect(JSON.parse(stdout)).toEqual([{ name: "off-01", vm: "vm-302", powerState: "POWERED_OFF" }]);
});

test("filters by exact names on the server", async () => {
  const before = sim.sim.stats.callsOf("listVms");
  const { stdout } = await runGuestops(["vms", "--name", "web-02", "--json"], sim.env);
  expect(JSON.parse(stdout)).toEqual([{ name: "web-02", vm: "vm-102", powerState: "POWERED_ON" }]);
  expect(sim.sim.stats.callsOf("listVms")).toBeGreaterThan(before);
});

test("says so on stderr when nothing matches, and exits 0", async () => {
  const { status, stdout, stderr } = await runGuestops(["vms", "--name", "nothing-*"], sim.env);
  expect(status).toBe(0);
  expect(stdout).toBe("");
  expect(stderr).toBe("guestops: no VM matches\n");
});

test("explains a rejected vCenter login in one line and exits 1", async () => {
  const { status, stderr } = await runGuestops(["vms"], {
    ...sim.env,
    GUESTOPS_PASSWORD: "wrong-password",
  });
  expect(status).toBe(1);
  expect(stderr).toMatch(
    /^guestops: vms failed while logging in to vCenter: vCenter rejected the login \(401 UNAUTHENTICATED\): check the vCenter user name and password/,
  );
  expect(stderr.trim().split("\n")).toHaveLength(1);
});

test("refuses an untrusted certificate, saying which flag fixes it", async () => {
  const { status, stderr } = await runGuestops(["vms"], {
    ...sim.env,
    GUESTOPS_CA_FILE: undefined,
  });
  expect(status).toBe(1);
  expect(stderr).toContain("is not trusted");
  expect(stderr).toContain("--ca-file");
});

test("warns and connects with --insecure", async () => {
  const { status, stderr } = await runGuestops(["vms", "--insecure"], {
    ...sim.env,
    GUESTOPS_CA_FILE: undefined,
  });
  expect(status).toBe(0);
  expect(stderr).toContain("guestops: warning: TLS certificate verification is off (--insecure)");
});

test("honours govc's environment variables", async () => {
  const url = new URL(sim.env.GUESTOPS_URL ?? "");
  const { status, stdout } = await runGuestops(["vms", "--name", "web-01"], {
    GOVC_URL: `administrator@vsphere.local:${encodeURIComponent(sim.env.GUESTOPS_PASSWORD ?? "")}@${url.host}`,
    GOVC_TLS_CA_CERTS: sim.caFile,
  });
  expect(status).toBe(0);
  expect(stdout).toContain("web-01");
});

test("prints the requests with --dry-run and sends none", async () => {
  sim.sim.stats.reset();
  const { status, stdout } = await runGuestops(["vms", "--dry-run"], sim.env);
  expect(status).toBe(0);
  expect(stdout).toContain(
    "# dry run: 3 requests would be sent (secrets redacted); nothing was sent",
  );
  expect(stdout).toContain("authorization: [redacted]");
  expect(Object.keys(sim.sim.stats.calls)).toHaveLength(0);
  expect(sim.sim.stats.logins + sim.sim.stats.failedLogins).toBe(0);
});

test("adds the request trail to an error with --verbose", async () => {
  const { status, stderr } = await runGuestops(["vms", "--verbose"], {
    ...sim.env,
    GUESTOPS_PASSWORD: "wrong-password",
  });
  expect(status).toBe(1);
  expect(stderr).toMatch(/request trail:\n {2}POST \/api\/session -> 401 \(\d+ ms\) login/);
});

describe("TLS trust is one setting, by precedence: flags, GUESTOPS_*, GOVC_*", () => {
  test.each<[string, string[], Record<string, string>]>([
    ["--ca-file with GOVC_INSECURE=1", ["--ca-file", "<ca>"], { GOVC_INSECURE: "1" }],
    ["--insecure with GUESTOPS_CA_FILE", ["--insecure"], {}],
    [
      "GOVC_INSECURE=1 with GOVC_TLS_CA_CERTS",
      [],
      { GUESTOPS_CA_FILE: "", GOVC_INSECURE: "1", GOVC_TLS_CA_CERTS: "<ca>" },
    ],
  ])("connects with %s", async (_title, flags, env) => {
    const fill = (value: string) => (value === "<ca>" ? sim.caFile : value);
    const { status, stdout, stderr } = await runGuestops(["vms", "--json", ...flags.map(fill)], {
      ...sim.env,
      ...Object.fromEntries(Object.entries(env).map(([name, value]) => [name, fill(value)])),
    });
    expect(stderr).not.toMatch(/exclude each other|createClient/);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).length).toBeGreaterThan(0);
  });

  test("refuses --insecure with --ca-file in the CLI's words, exit 2", async () => {
    const { status, stderr } = await runGuestops(
      ["vms", "--insecure", "--ca-file", sim.caFile],
      sim.env,
    );
    expect(status).toBe(2);
    expect(stderr).toMatch(/^guestops vms: --insecure and --ca-file exclude each other/);
    expect(stderr).not.toContain("createClient");
  });
});

test("refuses a CA file without a certificate before connecting, naming the file", async () => {
  const bad = join(sim.dir, "bad.pem");
  writeFileSync(bad, "hello\n");
  const { status, stderr } = await runGuestops(["vms", "--ca-file", bad], sim.env);
  expect(status).toBe(2);
  expect(stderr).toMatch(/^guestops vms: --ca-file \S+bad\.pem holds no PEM certificate/);
  expect(stderr).not.toMatch(/not trusted|pass --ca-file/);
});
