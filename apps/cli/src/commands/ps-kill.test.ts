import { afterAll, beforeAll, expect, test } from "vitest";
import { guestClient } from "../../test/guest-client.js";
import { runGuestops } from "../../test/run-cli.js";
import { SECRETS, startTestSimulator } from "../../test/simulator.js";

let sim: Awaited<ReturnType<typeof startTestSimulator>>;
let guest: ReturnType<typeof guestClient>;
beforeAll(async () => {
  sim = await startTestSimulator();
  guest = guestClient(sim.env);
});
afterAll(async () => {
  await guest?.client.logout().catch(() => undefined);
  await sim?.stop();
});

test("ps lists a running guest process with its owner and command", async () => {
  const pid = await guest.client.createProcess(
    "vm-101",
    { path: "/bin/sleep", arguments: "30" },
    guest.credentials,
  );
  const { status, stdout } = await runGuestops(["ps", "--vm", "web-01"], sim.env);
  expect(status).toBe(0);
  expect(stdout).toMatch(/^PID\s+OWNER\s+STARTED\s+FINISHED\s+EXIT\s+COMMAND$/m);
  expect(stdout).toMatch(new RegExp(`^${pid}\\s+root\\s+\\S+\\s+\\?\\s+\\?\\s+.*sleep`, "m"));
  await guest.client.deleteProcess("vm-101", pid, guest.credentials);
});

test("ps without --pid does not pass a finished process off as running, and says --pid tells", async () => {
  const pid = await guest.client.createProcess(
    "vm-101",
    { path: "/bin/sh", arguments: "-c 'exit 4'" },
    guest.credentials,
  );
  await expect
    .poll(() => sim.sim.stats.processes.find((p) => p.pid === pid)?.finishedAt, { timeout: 5000 })
    .toBeDefined();
  const { status, stdout, stderr } = await runGuestops(["ps", "--vm", "web-01"], sim.env);
  expect(status).toBe(0);
  // vCenter's /api list has no end time or exit code: unknown, not "-" (which reads as running).
  expect(stdout).toMatch(new RegExp(`^${pid}\\s+root\\s+\\S+\\s+\\?\\s+\\?\\s+/bin/sh`, "m"));
  expect(stderr).toBe(
    `guestops: note: ? = not reported: vCenter's process list does not say whether a process has finished; 'guestops ps --vm web-01 --pid <pid>' reads its end time and exit code (kept 5 minutes after it ends)\n`,
  );
});

test("ps --pid prints the processes it found and reports the missing ones, exiting 1", async () => {
  const pid = await guest.client.createProcess(
    "vm-101",
    { path: "/bin/sleep", arguments: "30" },
    guest.credentials,
  );
  const { status, stdout, stderr } = await runGuestops(
    ["ps", "--vm", "web-01", "--pid", String(pid), "--pid", "99999"],
    sim.env,
  );
  expect(stdout).toMatch(new RegExp(`^${pid}\\s+root\\s+\\S+\\s+-\\s+-\\s+.*sleep`, "m"));
  expect(stdout).not.toContain("99999");
  expect(stderr).toBe(
    "guestops: ps on web-01: no process 99999 (vCenter forgets a finished process 5 minutes after it ends)\n",
  );
  expect(status).toBe(1);
  const json = await runGuestops(
    ["ps", "--vm", "web-01", "--pid", "99999", "--pid", String(pid), "--json"],
    sim.env,
  );
  expect(JSON.parse(json.stdout)).toMatchObject([{ pid }]);
  expect(json.status).toBe(1);
  await guest.client.deleteProcess("vm-101", pid, guest.credentials);
});

test("ps --pid says it failed reading a process, not waiting for one, when the login is refused", async () => {
  const { status, stderr } = await runGuestops(["ps", "--vm", "web-01", "--pid", "1"], {
    ...sim.env,
    GUESTOPS_GUEST_PASSWORD: "not-the-password",
  });
  expect(status).toBe(1);
  expect(stderr).toMatch(
    /^guestops: ps on web-01 failed while reading a guest process: the guest of vm-101 rejected the credentials/,
  );
});

test("ps --json --pid prints only that process as a JSON array", async () => {
  const pid = await guest.client.createProcess(
    "vm-102",
    { path: "/bin/sleep", arguments: "30" },
    guest.credentials,
  );
  const { status, stdout } = await runGuestops(
    ["ps", "--vm", "vm-102", "--pid", String(pid), "--json"],
    sim.env,
  );
  expect(status).toBe(0);
  const processes = JSON.parse(stdout);
  expect(processes).toHaveLength(1);
  expect(processes[0]).toMatchObject({ pid, owner: "root" });
  await guest.client.deleteProcess("vm-102", pid, guest.credentials);
});

test("kill terminates a guest process, which the simulator then reports gone", async () => {
  const pid = await guest.client.createProcess(
    "vm-101",
    { path: "/bin/sleep", arguments: "30" },
    guest.credentials,
  );
  const { status, stderr } = await runGuestops(
    ["kill", "--vm", "web-01", "--pid", String(pid)],
    sim.env,
  );
  expect(status).toBe(0);
  // Not a guestops run: vCenter's delete of that one pid, as govc guest.kill.
  expect(stderr).toBe(`guestops: terminated process ${pid} on web-01\n`);
  const record = sim.sim.stats.processes.find((p) => p.pid === pid);
  await expect.poll(() => record?.finishedAt, { timeout: 5000 }).toBeDefined();
});

test("ps --pid reads each process, with its end and exit code once it has exited", async () => {
  const pid = await guest.client.createProcess(
    "vm-101",
    { path: "/bin/sh", arguments: "-c 'exit 3'" },
    guest.credentials,
  );
  await expect
    .poll(() => sim.sim.stats.processes.find((p) => p.pid === pid)?.finishedAt, { timeout: 5000 })
    .toBeDefined();
  const { status, stdout } = await runGuestops(
    ["ps", "--vm", "web-01", "--pid", String(pid)],
    sim.env,
  );
  expect(status).toBe(0);
  expect(stdout).toMatch(
    new RegExp(`^${pid}\\s+root\\s+\\S+\\s+\\d{4}-\\S+\\s+3\\s+/bin/sh -c`, "m"),
  );
});

test("kill explains an unknown pid and exits 1", async () => {
  const { status, stderr } = await runGuestops(
    ["kill", "--vm", "web-01", "--pid", "999999"],
    sim.env,
  );
  expect(status).toBe(1);
  expect(stderr).toMatch(
    /^guestops: kill on web-01 failed while finding the process: process 999999 was not found in vm-101 \(404 NOT_FOUND\)/,
  );
});

test.each([
  [
    "nope",
    {},
    /ps on nope failed while finding the VM: no VM is named or identified "nope": check the name/,
  ],
  [
    "off-01",
    {},
    /ps on off-01 failed while listing guest processes: vm-302 is not running \(400 NOT_ALLOWED_IN_CURRENT_STATE\): power it on/,
  ],
  [
    "tools-down-01",
    {},
    /ps on tools-down-01 failed while listing guest processes: VMware Tools is not running in vm-301 \(503 SERVICE_UNAVAILABLE\): start Tools/,
  ],
  [
    "web-01",
    { GUESTOPS_GUEST_PASSWORD: "not-the-password" },
    /ps on web-01 failed while listing guest processes: the guest of vm-101 rejected the credentials \(401 UNAUTHENTICATED\): check the guest credentials/,
  ],
])("ps on %s explains the failure in one line", async (vm, override, message) => {
  const { status, stderr, stdout } = await runGuestops(["ps", "--vm", vm], {
    ...sim.env,
    ...override,
  });
  expect(status).toBe(1);
  expect(stdout).toBe("");
  expect(stderr).toMatch(message);
  expect(stderr.trim().split("\n")).toHaveLength(1);
  for (const secret of SECRETS) expect(stderr).not.toContain(secret);
});

test("ps takes the guest login from govc's GOVC_GUEST_LOGIN", async () => {
  const { GUESTOPS_GUEST_USER: _user, GUESTOPS_GUEST_PASSWORD: password, ...rest } = sim.env;
  const { status } = await runGuestops(["ps", "--vm", "web-01"], {
    ...rest,
    GOVC_GUEST_LOGIN: `root:${password}`,
  });
  expect(status).toBe(0);
});

test("ps reads both passwords from stdin, vCenter's first", async () => {
  const { GUESTOPS_PASSWORD: vc, GUESTOPS_GUEST_PASSWORD: guestPw, ...rest } = sim.env;
  const { status, stdout, stderr } = await runGuestops(
    ["ps", "--vm", "web-01", "--password-stdin", "--guest-password-stdin"],
    rest,
    { stdin: `${vc}\n${guestPw}\n` },
  );
  // Only the note about the list's unknown columns: no complaint about either password.
  expect(stderr).toMatch(/^guestops: note: \? = not reported[^\n]*\n$/);
  expect(status).toBe(0);
  expect(stdout).toContain("PID");
});
