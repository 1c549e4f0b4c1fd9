// `pnpm demo`: starts the simulator in this process and runs the real, built `guestops` bin
// against it, showing what a user sees. Headings go to stdout; each command's own stdout and
// stderr go straight to the terminal, so progress bars and colors look as they would for a user.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { demoInventory, startSimulator } from "@guestops/simulator";
import { createPalette } from "../output/color.js";

const bin = join(dirname(fileURLToPath(import.meta.url)), "cli.mjs");
const palette = createPalette(process.stdout, process.env);
const say = (text = "") => process.stdout.write(`${text}\n`);

/**
 * Runs `guestops ...args` as a child process and resolves with its exit status. Its stdout and
 * stderr go to the terminal; with `keep`, stdout is also kept (and still shown).
 */
function guestops(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  keep?: (stdout: string) => void,
): Promise<number> {
  say(palette.cyan(`$ guestops ${args.map(shellWord).join(" ")}`));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env,
      stdio: ["ignore", keep ? "pipe" : "inherit", "inherit"],
    });
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      process.stdout.write(chunk);
    });
    child.once("error", reject);
    child.once("close", (code, signal) => {
      keep?.(out);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function shellWord(word: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

async function step(
  title: string,
  why: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  keep?: (stdout: string) => void,
) {
  say();
  say(palette.bold(`━━ ${title}`));
  if (why) say(palette.dim(why));
  const status = await guestops(args, env, keep);
  say(palette.dim(`→ exit status ${status}`));
  return status;
}

const sim = await startSimulator({ inventory: demoInventory() });
const dir = mkdtempSync(join(tmpdir(), "guestops-demo-"));
try {
  const caFile = join(dir, "ca.pem");
  writeFileSync(caFile, sim.ca ?? "");
  const user = sim.users[0];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GUESTOPS_URL: sim.url,
    GUESTOPS_USERNAME: user?.username,
    GUESTOPS_PASSWORD: user?.password,
    GUESTOPS_CA_FILE: caFile,
    GUESTOPS_GUEST_USER: "root",
    GUESTOPS_GUEST_PASSWORD: "vmware",
  };

  say(palette.bold("guestops demo: a simulated vCenter, and the real guestops command against it"));
  say(
    `The simulator (${sim.url}) serves vCenter's REST API and runs Linux guest programs as local`,
  );
  say("processes (the Windows VM is emulated). guestops finds it through these variables:");
  for (const name of [
    "GUESTOPS_URL",
    "GUESTOPS_USERNAME",
    "GUESTOPS_PASSWORD",
    "GUESTOPS_CA_FILE",
    "GUESTOPS_GUEST_USER",
    "GUESTOPS_GUEST_PASSWORD",
  ]) {
    say(palette.dim(`  ${name}=${name.endsWith("PASSWORD") ? "(demo password)" : env[name]}`));
  }

  await step("The VMs", "guestops vms lists what vCenter has.", ["vms"], env);

  await step(
    "1. Run a program: its stdout, stderr and exit code become guestops' own",
    "Output is captured through guest temp files; the guest's exit code is the CLI's exit status.",
    [
      "run",
      "--vm",
      "web-01",
      "--",
      "/bin/sh",
      "-c",
      'echo "hello from $(uname -s)"; echo "something on stderr" >&2; exit 3',
    ],
    env,
  );

  await step(
    "2. A Windows VM, with the program's window started minimized",
    "start_minimized is a Windows-only flag of the API. The simulator emulates Windows guests: the request is real, the program prints nothing.",
    [
      "run",
      "--vm",
      "win-01",
      "--guest-user",
      "Administrator",
      "--start-minimized",
      "--",
      "C:\\Windows\\System32\\cmd.exe",
      "/c",
      "ver",
    ],
    env,
  );

  await step(
    "3. An error: VMware Tools is not running",
    "One line: what failed, on which VM, why, and what to do. Nothing was started.",
    ["run", "--vm", "tools-down-01", "--", "/usr/bin/uptime"],
    env,
  );

  let pid = "";
  await step(
    "4. A timeout that kills",
    "After --timeout the guest program is terminated, not left running (govc #1539): exit 124. --json shows the pid.",
    ["run", "--vm", "web-01", "--timeout", "2s", "--json", "--", "/bin/sleep", "600"],
    env,
    (stdout) => {
      pid = String((JSON.parse(stdout) as { pid?: number }).pid ?? "");
    },
  );
  if (pid) {
    await step(
      "   ...and it is gone from the guest",
      "guestops ps --pid asks vCenter about that process: it has an end time and an exit code.",
      ["ps", "--vm", "web-01", "--pid", pid],
      env,
    );
  }

  await step(
    "5. A small fleet: progress on a terminal, one JSON line per VM as each finishes, a summary",
    "Exit 0 only if every VM ran and exited 0.",
    [
      "run",
      "--vm",
      "web-01",
      "--vm",
      "web-02",
      "--vm",
      "db-01",
      "--vm",
      "tools-down-01",
      "--json",
      "--",
      "/bin/sh",
      "-c",
      "sleep 1.$((RANDOM % 9)); echo up $(date +%T)",
    ],
    env,
  );

  await step(
    "6. doctor: everything a run needs, checked in order",
    "Session, API flavor, TLS, power, Tools, guest-ops readiness, guest login, file transfers.",
    ["doctor", "--vm", "web-01"],
    env,
  );

  await step(
    "7. --dry-run: the requests it would send, secrets redacted, and nothing sent",
    "",
    [
      "run",
      "--dry-run",
      "--vm",
      "web-01",
      "--env",
      "GREETING=hi",
      "--",
      "/usr/bin/printenv",
      "GREETING",
    ],
    env,
  );

  say();
  say(palette.bold("Try it yourself:"));
  say("  npx -y pnpm@12.4.2 guestops simulator        # in one shell: prints the export lines");
  say("  npx -y pnpm@12.4.2 guestops run --vm web-01 -- /usr/bin/uname -a");
} finally {
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
}
