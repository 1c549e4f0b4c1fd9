import { rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandFunction } from "../command-context.js";
import { formatTable } from "../output/table.js";
import { UsageError } from "../usage-error.js";

/** Flags of `guestops simulator`. */
export interface SimulatorFlags {
  readonly config?: string;
  readonly port?: number;
}

/**
 * `guestops simulator`: runs `@guestops/simulator` in the foreground (the demo inventory unless
 * `--config` names a JSON file of simulator options), prints the `export` lines that point guestops
 * at it on stdout (so `eval "$(guestops simulator)"`-style use works from a second shell) and a
 * guide on stderr, and stops on Ctrl-C (exit 0: that is how a foreground server ends).
 */
export const simulatorCommand: CommandFunction<SimulatorFlags> = async (flags, context) => {
  const { io, palette } = context;
  let options: Record<string, unknown> = {};
  if (flags.config !== undefined) {
    let text: string;
    try {
      text = await readFile(flags.config, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
      throw new UsageError(`--config ${flags.config} cannot be read (${code}): check the path`);
    }
    try {
      options = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(`--config ${flags.config} is not JSON: ${(error as Error).message}`);
    }
  }
  // Loaded only here: the simulator (and its TLS certificate generator) costs nothing elsewhere.
  const { startSimulator } = await import("@guestops/simulator");
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  try {
    sim = await startSimulator({
      ...options,
      ...(flags.port !== undefined ? { port: flags.port } : {}),
    } as never);
  } catch (error) {
    throw new UsageError(`the simulator did not start: ${(error as Error).message}`);
  }

  const caFile = join(tmpdir(), `guestops-simulator-${process.pid}-ca.pem`);
  if (sim.ca) writeFileSync(caFile, sim.ca, { mode: 0o600 });
  const vms = sim.inventory.list();
  const guestVm =
    vms.find((vm) => vm.guestFamily === "LINUX" && vm.powerState === "POWERED_ON") ?? vms[0];
  const guest = guestVm?.guestUsers[0];
  const user = sim.users[0];
  const exports = [
    ["GUESTOPS_URL", sim.url],
    ["GUESTOPS_USERNAME", user?.username],
    ["GUESTOPS_PASSWORD", user?.password],
    ["GUESTOPS_CA_FILE", sim.ca ? caFile : undefined],
    ["GUESTOPS_GUEST_USER", guest?.username],
    ["GUESTOPS_GUEST_PASSWORD", guest?.password],
  ]
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `export ${name}=${shellValue(value)}`);
  io.stderr.write(
    `${palette.bold(`guestops simulator: a simulated vCenter at ${sim.url} with ${vms.length} VMs`)}\n` +
      "These are demo credentials, not secrets. In another shell, run:\n",
  );
  io.stdout.write(`${exports.join("\n")}\n`);
  io.stderr.write(
    `\n${formatTable(
      ["NAME", "VM", "POWER", "GUEST", "TOOLS"],
      vms.map((vm) => [
        vm.name,
        vm.id,
        vm.powerState,
        vm.guestFamily,
        vm.toolsRunning ? "running" : "not running",
      ]),
    )}\nthen: guestops vms; guestops run --vm web-01 -- /bin/echo hello\nPress Ctrl-C to stop.\n`,
  );

  await new Promise<void>((resolve) => {
    if (io.signal.aborted) resolve();
    io.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  await sim.stop();
  rmSync(caFile, { force: true });
  io.stderr.write("guestops simulator: stopped\n");
  return 0;
};

/** A value for an `export NAME=value` line, single-quoted only when the shell needs it. */
function shellValue(value: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
