// End to end: the client against @guestops/simulator over HTTPS (trusting the simulator's CA), in
// both flavors. Guest programs really run, so exit codes and output are real.
import { DEMO_GUEST_PASSWORD, type Simulator, startSimulator } from "@guestops/simulator";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createClient } from "../src/create-client.js";
import type { GuestCredentials } from "../src/guest-credentials.js";
import type { GuestOpsClient } from "../src/guest-ops-client.js";
import { classifyFailure, failureKind } from "../src/retry-safety.js";

const root: GuestCredentials = {
  type: "password",
  username: "root",
  password: DEMO_GUEST_PASSWORD,
};
const admin = { username: "administrator@vsphere.local", password: "password" };

async function waitForExit(client: GuestOpsClient, vm: string, pid: number, credentials = root) {
  for (let i = 0; i < 200; i++) {
    const status = await client.getProcess(vm, pid, credentials);
    if (status.finishedAt !== undefined) return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`pid ${pid} did not finish`);
}

describe.each(["api", "rest"] as const)(
  "against the simulator, %s flavor, over HTTPS",
  (flavor) => {
    let sim: Simulator;
    let client: GuestOpsClient;

    beforeAll(async () => {
      sim = await startSimulator({ flavor, retentionMs: 60_000 });
      client = createClient({ url: sim.url, ...admin, ca: sim.ca });
    });
    afterAll(async () => {
      await client?.logout();
      await client?.close();
      await sim?.stop();
    });

    test("logs in, resolving the flavor by itself", async () => {
      await client.login();
      expect(client.flavor()).toBe(flavor);
      expect(await client.capabilities()).toMatchObject({
        flavor,
        guestFilesystem: flavor === "api",
      });
    });

    test("finds VMs by name, by id, and by power state", async () => {
      expect(await client.resolveVm("web-01")).toEqual({
        vm: "vm-101",
        name: "web-01",
        powerState: "POWERED_ON",
      });
      expect((await client.resolveVm("vm-102")).name).toBe("web-02");
      expect((await client.listVms({ powerStates: ["POWERED_OFF"] })).map((vm) => vm.name)).toEqual(
        ["off-01"],
      );
      await expect(client.resolveVm("no-such-vm")).rejects.toMatchObject({
        name: "VmLookupError",
        reason: "none",
      });
    });

    test("runs a program with arguments, env and working directory, and reads its exit code", async () => {
      const pid = await client.createProcess(
        "vm-101",
        {
          path: "/bin/sh",
          arguments: `-c 'test "$GREETING" = hello && test "$PWD" = /tmp && exit 3'`,
          workingDirectory: "/tmp",
          env: { GREETING: "hello" },
        },
        root,
      );
      expect(pid).toBeGreaterThan(0);
      const status = await waitForExit(client, "vm-101", pid);
      expect(status).toMatchObject({ pid, owner: "root", exitCode: 3 });
      expect(Date.parse(status.finishedAt ?? "")).toBeGreaterThanOrEqual(
        Date.parse(status.startedAt),
      );
      const listed = await client.listProcesses("vm-101", root, { pids: [pid] });
      expect(listed.map((p) => p.pid)).toEqual([pid]);
    });

    test("terminates a running program", async () => {
      const pid = await client.createProcess(
        "vm-102",
        { path: "/bin/sleep", arguments: "30" },
        root,
      );
      await client.deleteProcess("vm-102", pid, root);
      expect((await waitForExit(client, "vm-102", pid)).exitCode).toBe(137);
    });

    test("explains a pid that is gone, and a process the guest user may not terminate", async () => {
      await expect(client.getProcess("vm-101", 999_999, root)).rejects.toThrow(
        "getProcess: process 999999 was not found in vm-101 (404 NOT_FOUND): the process exited more than 5 minutes ago (its exit code is no longer kept) or never existed",
      );
      await expect(client.deleteProcess("vm-101", 1, root)).rejects.toThrow(
        /^deleteProcess: the guest user may not terminate process 1 in vm-101 \(403 UNAUTHORIZED\): use the guest user that owns the process, or an administrator/,
      );
    });

    test("authenticates to the guest with a SAML token", async () => {
      const pid = await client.createProcess(
        "vm-101",
        { path: "/bin/true" },
        { type: "saml", token: "demo-saml-token" },
      );
      expect((await waitForExit(client, "vm-101", pid)).exitCode).toBe(0);
    });

    test("refuses startMinimized on a guest it knows is Linux, and allows it on Windows", async () => {
      expect((await client.getVm("vm-101")).guestFamily).toBe("linux");
      await expect(
        client.createProcess("vm-101", { path: "/bin/true", startMinimized: true }, root),
      ).rejects.toMatchObject({ name: "InvalidRequestError", reason: "startMinimizedNotWindows" });
      expect((await client.getVm("vm-201")).guestFamily).toBe("windows");
      const pid = await client.createProcess(
        "vm-201",
        { path: "C:\\Windows\\System32\\cmd.exe", arguments: "/c exit 0", startMinimized: true },
        { type: "password", username: "Administrator", password: DEMO_GUEST_PASSWORD },
      );
      expect(pid).toBeGreaterThan(0);
    });

    test.each([
      [
        "vm-301",
        { path: "/bin/true" },
        root,
        "VmwareToolsDown",
        /VMware Tools is not running in vm-301 \(503 SERVICE_UNAVAILABLE\)/,
        "retry",
      ],
      [
        "vm-302",
        { path: "/bin/true" },
        root,
        "off",
        /vm-302 is not running \(400 NOT_ALLOWED_IN_CURRENT_STATE\)/,
        "fatal",
      ],
      ["vm-303", { path: "/bin/true" }, root, "old tools", /\(400 UNSUPPORTED\)/, "fatal"],
      ["vm-999", { path: "/bin/true" }, root, "unknown VM", /\(404 NOT_FOUND\)/, "fatal"],
      [
        "vm-101",
        { path: "/no/such/program" },
        root,
        "missing program",
        /\/no\/such\/program was not found in vm-101 \(404 NOT_FOUND\)/,
        "fatal",
      ],
      [
        "vm-101",
        { path: "/bin/true" },
        { ...root, password: "wrong-guest-password" },
        "bad guest password",
        /the guest of vm-101 rejected the credentials \(401 UNAUTHENTICATED\)/,
        "fatal",
      ],
      [
        "vm-103",
        { path: "/bin/sh" },
        { type: "password", username: "app", password: "app-password" },
        "forbidden program",
        /may not run the program in vm-103 \(403 UNAUTHORIZED\)/,
        "fatal",
      ],
    ] as const)(
      "maps the create error of %s (%s) with its advice",
      async (vm, spec, credentials, _what, message, verdict) => {
        const error = await client
          .createProcess(vm, spec, credentials as GuestCredentials)
          .catch((e: unknown) => e);
        expect((error as Error).message).toMatch(message);
        expect(classifyFailure("createProcess", error)).toBe(verdict);
        expect(JSON.stringify(error)).not.toContain("wrong-guest-password");
      },
    );

    test("maps RESOURCE_BUSY by its type whatever the flavor's status", async () => {
      sim.faults.set({ busy: { createProcess: 1 } });
      const error = await client
        .createProcess("vm-101", { path: "/bin/true" }, root)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        errorType: "RESOURCE_BUSY",
        status: flavor === "api" ? 500 : 400,
      });
      expect(classifyFailure("createProcess", error)).toBe("retry");
    });

    test("renews an expired session once and replays, for concurrent callers too", async () => {
      await client.login();
      const logins = sim.stats.logins;
      sim.faults.expireSessions();
      const results = await Promise.all([
        client.listVms({ names: ["web-01"] }),
        client.listVms({ names: ["web-02"] }),
        client.listProcesses("vm-101", root),
      ]);
      expect(results).toHaveLength(3);
      expect(sim.stats.logins).toBe(logins + 1);
    });

    test("reports a create whose connection broke after the program started as ambiguous", async () => {
      sim.faults.set({ resetAfterCreate: 1 });
      const marker = `guestops-reset-${flavor}-${Date.now()}`;
      const error = await client
        .createProcess("vm-102", { path: "/bin/sleep", arguments: `5 ${marker}` }, root)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "TransportError", requestSent: "unknown" });
      expect(failureKind(error)).toBe("connectionLost");
      expect(classifyFailure("createProcess", error)).toBe("ambiguous");
      // Reconcile with list: the program did start.
      const running = await client.listProcesses("vm-102", root);
      expect(running.some((p) => p.command.includes(marker))).toBe(true);
    });

    test("records a dry run without the simulator seeing a call", async () => {
      const before = JSON.stringify(sim.stats.calls);
      const dry = createClient({ url: sim.url, ...admin, ca: sim.ca, flavor, dryRun: true });
      const { vm } = await dry.resolveVm("web-01");
      await dry.createProcess(vm, { path: "/bin/true" }, root);
      expect(JSON.stringify(sim.stats.calls)).toBe(before);
      expect(dry.dryRunLog.length).toBe(3);
    });

    test("refuses to talk to the simulator without its CA", async () => {
      const untrusting = createClient({ url: sim.url, ...admin, flavor });
      const error = await untrusting.login().catch((e: unknown) => e);
      expect(failureKind(error)).toBe("tlsRejected");
    });

    test("logs out, and logs in again on the next call", async () => {
      await client.login();
      const before = client.sessionId();
      await client.logout();
      expect(client.sessionId()).toBeUndefined();
      await client.listVms({ names: ["web-01"] });
      expect(client.sessionId()).not.toBe(before);
    });
  },
);

describe("guest files against the simulator (/api only)", () => {
  let sim: Simulator;
  let client: GuestOpsClient;

  beforeAll(async () => {
    sim = await startSimulator({ flavor: "api" });
    client = createClient({ url: sim.url, ...admin, ca: sim.ca });
  });
  afterAll(async () => {
    await client?.close();
    await sim?.stop();
  });

  test("captures output the way the poller will: temp file, redirect, transfer, download, delete", async () => {
    const out = await client.createTemporaryFile("vm-101", root, {
      prefix: "guestops-",
      suffix: ".out",
    });
    const pid = await client.createProcess(
      "vm-101",
      { path: "/bin/sh", arguments: `-c 'echo hello from the guest > ${out}'` },
      root,
    );
    expect((await waitForExit(client, "vm-101", pid)).exitCode).toBe(0);
    const url = await client.createTransfer("vm-101", root, { path: out });
    expect(url.startsWith(sim.url)).toBe(true);
    expect(new TextDecoder().decode(await client.download(url))).toBe("hello from the guest\n");
    await client.deleteFile("vm-101", out, root);
    const again = await client.deleteFile("vm-101", out, root).catch((e: unknown) => e);
    expect(failureKind(again)).toBe("notFound");
  });

  test("uploads a file and reads it back", async () => {
    const path = await client.createTemporaryFile("vm-102", root, {
      prefix: "in-",
      suffix: ".txt",
    });
    const upload = await client.createTransfer("vm-102", root, {
      path,
      upload: { size: 5, overwrite: true },
    });
    await client.upload(upload, "hello");
    const download = await client.createTransfer("vm-102", root, { path });
    expect(new TextDecoder().decode(await client.download(download))).toBe("hello");
    await expect(client.download(download)).rejects.toThrow(
      /transfer URL is unknown, used or expired/,
    );
  });

  test("reads Tools state and guest-operations readiness", async () => {
    expect(await client.getTools("vm-101")).toMatchObject({ runState: "RUNNING" });
    expect(await client.getGuestOperationsReadiness("vm-101")).toEqual({
      guestOperationsReady: true,
      interactiveGuestOperationsReady: expect.any(Boolean),
    });
    expect((await client.getTools("vm-301")).runState).toBe("NOT_RUNNING");
  });
});

describe("a client forced to the flavor this vCenter lacks", () => {
  test.each([
    ["rest", "api"],
    ["api", "rest"],
  ] as const)(
    "a %s client against a %s-flavor simulator says to use auto",
    async (forced, served) => {
      const sim = await startSimulator({ flavor: served, tls: false });
      const client = createClient({ url: sim.url, ...admin, flavor: forced });
      try {
        const error = await client
          .createProcess("vm-101", { path: "/bin/true" }, root)
          .catch((e: unknown) => e);
        // Not "the VM or the program was not found": nothing is wrong with either.
        expect((error as Error).message).not.toMatch(/or the program was not found/);
        expect((error as Error).message).toMatch(/"auto" (API )?flavor|use "auto"/);
        expect(classifyFailure("createProcess", error)).toBe("fatal");
        expect(sim.stats.processes).toEqual([]);
      } finally {
        await sim.stop();
      }
    },
  );
});
