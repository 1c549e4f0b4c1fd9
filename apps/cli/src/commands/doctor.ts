import type { CommandContext, CommandFunction } from "../command-context.js";
import type { ConnectionConfig, ConnectionFlags } from "../config/connection.js";
import type { GuestCredentials, GuestFlags } from "../config/guest-credentials.js";
import { resolveGuestCredentials } from "../config/guest-credentials.js";
import { connect, type GuestopsClient, type TrailFlags } from "../connect.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import { resolveVcenterLogin } from "../resolve-login.js";
import { isUsageError } from "../usage-error.js";

/** Flags of `guestops doctor`. */
export interface DoctorFlags extends ConnectionFlags, GuestFlags, TrailFlags {
  readonly vm: string;
  readonly json?: boolean;
}

/** One check's verdict. */
export interface Check {
  readonly check: string;
  readonly status: "ok" | "warn" | "fail" | "skip";
  readonly detail: string;
}

/**
 * `guestops doctor`: checks, in order, what a run needs — the vCenter session and API flavor, TLS,
 * the VM's power state, VMware Tools, guest-operations readiness, the guest login, and whether
 * this machine can reach the transfer URLs that output capture downloads from (the hidden ESXi
 * path govc users trip over). A failed check skips those that depend on it. Exit 0 unless a check
 * failed.
 */
export const doctorCommand: CommandFunction<DoctorFlags> = async (flags, context) => {
  const { io, palette } = context;
  const connection = await resolveVcenterLogin(flags, context);
  // Guest credentials are optional here: without them the guest checks are skipped, not failed.
  let credentials: GuestCredentials | string;
  try {
    const secrets = flags.guestPasswordStdin
      ? context.stdin.secrets("--guest-password-stdin")
      : { nextLine: async () => undefined };
    credentials = await resolveGuestCredentials(flags, io.env, secrets);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    credentials = error.message;
  }
  const { client, finish } = connect(connection, flags, context);
  const checks: Check[] = [];
  const report = (check: Check) => {
    checks.push(check);
    if (flags.json || flags.dryRun) return;
    const mark = {
      ok: palette.green("ok  "),
      warn: palette.yellow("warn"),
      fail: palette.red("FAIL"),
      skip: palette.dim("skip"),
    }[check.status];
    io.stdout.write(`${mark}  ${check.check.padEnd(12)} ${check.detail}\n`);
  };
  await runChecks(client, connection, credentials, flags.vm, context, report);
  if (flags.json && !flags.dryRun) io.stdout.write(`${JSON.stringify(checks)}\n`);
  const failed = checks.some((check) => check.status === "fail");
  return finish(failed ? EXIT.failure : EXIT.ok);
};

async function runChecks(
  client: GuestopsClient,
  connection: ConnectionConfig,
  credentials: GuestCredentials | string,
  vmName: string,
  context: CommandContext,
  report: (check: Check) => void,
): Promise<void> {
  const signal = context.io.signal;
  const why = (error: unknown) =>
    formatErrorLine(error, { command: "doctor", vm: vmName }).replace(
      /^guestops: doctor( on \S+)? failed( while)? /,
      "",
    );
  const skipRest = (names: readonly string[], reason: string) => {
    for (const name of names) report({ check: name, status: "skip", detail: reason });
  };

  try {
    await client.login({ signal });
    report({
      check: "vCenter",
      status: "ok",
      detail: `${connection.url} answered; logged in as ${connection.username}`,
    });
  } catch (error) {
    report({ check: "vCenter", status: "fail", detail: why(error) });
    skipRest(
      ["API flavor", "TLS", "VM", "Tools", "guest ops", "guest login", "transfers"],
      "needs a vCenter session",
    );
    return;
  }

  const capabilities = await client.capabilities({ signal });
  report({
    check: "API flavor",
    status: "ok",
    detail:
      capabilities.flavor === "api"
        ? "/api (vSphere 7.0 U2 or later): output capture and readiness checks available"
        : "/rest (vSphere 7.0): runs report exit codes, but output cannot be captured",
  });

  if (connection.url.startsWith("http:")) {
    report({
      check: "TLS",
      status: "warn",
      detail: "plain http: passwords travel unencrypted; use https",
    });
  } else if (connection.insecure) {
    report({
      check: "TLS",
      status: "warn",
      detail: "certificate not verified (--insecure): pass --ca-file instead",
    });
  } else {
    report({
      check: "TLS",
      status: "ok",
      detail: `certificate verified against ${connection.caFiles.join(", ") || "the system CAs"}`,
    });
  }

  let vm: string;
  try {
    const entry = await client.resolveVm(vmName, { signal });
    vm = entry.vm;
    const details = await client.getVm(vm, { signal });
    const on = details.powerState === "POWERED_ON";
    report({
      check: "VM",
      status: on ? "ok" : "fail",
      detail: `${vmName} is ${vm}, ${details.powerState}, guest OS ${details.guestOs} (${details.guestFamily})${on ? "" : ": power it on and wait for the guest to boot"}`,
    });
    if (!on) {
      skipRest(["Tools", "guest ops", "guest login", "transfers"], "needs a powered-on VM");
      return;
    }
  } catch (error) {
    report({ check: "VM", status: "fail", detail: why(error) });
    skipRest(["Tools", "guest ops", "guest login", "transfers"], "needs the VM");
    return;
  }

  if (capabilities.tools) {
    try {
      const tools = await client.getTools(vm, { signal });
      const running = tools.runState === "RUNNING";
      report({
        check: "Tools",
        status: running ? "ok" : "fail",
        detail: `${tools.runState}${tools.version ? ` (version ${tools.version})` : ""}${running ? "" : ": start VMware Tools in the guest, or wait for it to boot"}`,
      });
    } catch (error) {
      report({ check: "Tools", status: "fail", detail: why(error) });
    }
  } else {
    report({ check: "Tools", status: "skip", detail: "the /rest flavor does not report Tools" });
  }

  if (capabilities.guestOperationsReadiness) {
    try {
      const readiness = await client.getGuestOperationsReadiness(vm, { signal });
      report({
        check: "guest ops",
        status: readiness.guestOperationsReady ? "ok" : "fail",
        detail: readiness.guestOperationsReady
          ? `ready${readiness.interactiveGuestOperationsReady ? " (interactive sessions too)" : " (not for --interactive)"}`
          : "not ready: Tools is not running or still starting; wait and retry",
      });
    } catch (error) {
      report({ check: "guest ops", status: "fail", detail: why(error) });
    }
  } else {
    report({
      check: "guest ops",
      status: "skip",
      detail: "the /rest flavor has no readiness call",
    });
  }

  if (typeof credentials === "string") {
    skipRest(
      ["guest login", "transfers"],
      `no guest credentials (${credentials.replace(/^no guest \w+: /, "")})`,
    );
    return;
  }
  try {
    const processes = await client.listProcesses(vm, credentials, {}, { signal });
    report({
      check: "guest login",
      status: "ok",
      detail: `${credentials.username ?? "the SAML token's user"} can list processes (${processes.length} seen)`,
    });
  } catch (error) {
    report({ check: "guest login", status: "fail", detail: why(error) });
    skipRest(["transfers"], "needs a guest login");
    return;
  }

  if (!capabilities.guestFilesystem) {
    report({
      check: "transfers",
      status: "skip",
      detail: "the /rest flavor has no guest file transfers (no output capture)",
    });
    return;
  }
  let path: string | undefined;
  let transferHost = "the transfer URL";
  try {
    path = await client.createTemporaryFile(
      vm,
      credentials,
      { prefix: "guestops-doctor-", suffix: ".txt" },
      { signal },
    );
    const url = await client.createTransfer(vm, credentials, { path }, { signal });
    transferHost = new URL(url).host;
    await client.download(url, { signal });
    report({
      check: "transfers",
      status: "ok",
      detail: `downloaded a guest file from ${transferHost}: output capture works from this machine`,
    });
  } catch (error) {
    report({
      check: "transfers",
      status: "fail",
      detail: `${why(error)} — output capture downloads from ${transferHost} (the ESXi host): open HTTPS from here to it, or run with --no-capture`,
    });
  } finally {
    if (path !== undefined)
      await client.deleteFile(vm, path, credentials, { signal }).catch(() => undefined);
  }
}
