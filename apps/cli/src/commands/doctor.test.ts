import { afterAll, beforeAll, expect, test } from "vitest";
import { runGuestops } from "../../test/run-cli.js";
import { SECRETS, startTestSimulator } from "../../test/simulator.js";

let sim: Awaited<ReturnType<typeof startTestSimulator>>;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim?.stop());

test("passes every check on a healthy VM, transfers included", async () => {
  const { status, stdout } = await runGuestops(["doctor", "--vm", "web-01"], sim.env);
  expect(status).toBe(0);
  const checks = stdout
    .trim()
    .split("\n")
    .map((line) => line.split(/\s{2,}/).slice(0, 2));
  expect(checks).toEqual([
    ["ok", "vCenter"],
    ["ok", "API flavor"],
    ["ok", "TLS"],
    ["ok", "VM"],
    ["ok", "Tools"],
    ["ok", "guest ops"],
    ["ok", "guest login"],
    ["ok", "transfers"],
  ]);
});

test("fails Tools and readiness on a VM whose Tools is down, and exits 1", async () => {
  const { status, stdout } = await runGuestops(
    ["doctor", "--vm", "tools-down-01", "--json"],
    sim.env,
  );
  expect(status).toBe(1);
  const checks = JSON.parse(stdout) as { check: string; status: string; detail: string }[];
  expect(checks.find((c) => c.check === "Tools")).toMatchObject({
    status: "fail",
    detail: expect.stringContaining("NOT_RUNNING"),
  });
  expect(checks.find((c) => c.check === "guest ops")?.status).toBe("fail");
  expect(checks.find((c) => c.check === "transfers")?.status).toBe("skip");
});

test("stops at a powered-off VM and says to power it on", async () => {
  const { status, stdout } = await runGuestops(["doctor", "--vm", "off-01"], sim.env);
  expect(status).toBe(1);
  expect(stdout).toMatch(/FAIL\s+VM\s+off-01 is vm-302, POWERED_OFF.*power it on/);
  expect(stdout).toMatch(/skip\s+Tools\s+needs a powered-on VM/);
});

test("skips the guest checks without guest credentials instead of failing", async () => {
  const { GUESTOPS_GUEST_USER: _u, GUESTOPS_GUEST_PASSWORD: _p, ...env } = sim.env;
  const { status, stdout } = await runGuestops(["doctor", "--vm", "web-01"], env);
  expect(status).toBe(0);
  expect(stdout).toMatch(/skip\s+guest login\s+no guest credentials/);
});

test("reports a rejected guest password under guest login, without the password", async () => {
  const { status, stdout } = await runGuestops(["doctor", "--vm", "web-01"], {
    ...sim.env,
    GUESTOPS_GUEST_PASSWORD: "nope-nope",
  });
  expect(status).toBe(1);
  expect(stdout).toMatch(/FAIL\s+guest login\s+.*rejected the credentials/);
  for (const secret of SECRETS) expect(stdout).not.toContain(secret);
});

test("warns about --insecure and fails the session on a wrong vCenter password", async () => {
  const insecure = await runGuestops(["doctor", "--vm", "web-01", "--insecure"], {
    ...sim.env,
    GUESTOPS_CA_FILE: undefined,
  });
  expect(insecure.stdout).toMatch(/warn\s+TLS\s+certificate not verified \(--insecure\)/);
  const wrong = await runGuestops(["doctor", "--vm", "web-01"], {
    ...sim.env,
    GUESTOPS_PASSWORD: "wrong-one",
  });
  expect(wrong.status).toBe(1);
  expect(wrong.stdout).toMatch(/FAIL\s+vCenter\s+.*vCenter rejected the login/);
});
