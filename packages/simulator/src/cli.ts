import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { SimulatorOptions } from "./options.js";
import { validateOptions } from "./options-schema.js";
import { shellQuote } from "./shell-quote.js";
import { type Simulator, startSimulator } from "./start-simulator.js";

/** Where the CLI writes, and what stops it besides SIGINT/SIGTERM (for tests). */
export interface RunSimulatorCliOptions {
  /** @default process.stdout */
  readonly stdout?: NodeJS.WritableStream;
  /** @default process.stderr */
  readonly stderr?: NodeJS.WritableStream;
  /** Stops the simulator when aborted, like SIGINT. */
  readonly signal?: AbortSignal;
  /** Called once the simulator is listening (tests use it to reach the running instance). */
  readonly onStarted?: (sim: Simulator) => void;
}

const USAGE = `Usage: guestops-simulator [options]

Runs an embedded vCenter (guest processes REST API) in the foreground until Ctrl+C.
It runs programs for real: it binds 127.0.0.1 unless told otherwise and always requires login.

Options:
  --config <file>   JSON file with simulator options (flavor, users, inventory, faults, ...)
  --port <n>        port to listen on (default: a free port)
  --host <address>  address to bind (default 127.0.0.1; others need --allow-remote)
  --flavor <f>      api (vSphere 7.0 U2+, default) or rest (7.0 / 7.0 U1)
  --http            plain HTTP instead of HTTPS
  --allow-remote    allow binding a non-loopback address
  -h, --help        show this help
`;

/** A value for an `export NAME=value` line, quoted only when the shell needs it. */
function shellValue(value: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(value) ? value : shellQuote(value);
}

async function loadOptions(argv: readonly string[]): Promise<SimulatorOptions | "help"> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      config: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      flavor: { type: "string" },
      http: { type: "boolean" },
      "allow-remote": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) return "help";
  const fromFile: Record<string, unknown> =
    values.config === undefined ? {} : JSON.parse(await readFile(values.config, "utf8"));
  const options: Record<string, unknown> = { ...fromFile };
  if (values.port !== undefined) {
    if (!/^\d+$/.test(values.port)) throw new TypeError(`--port must be a number: ${values.port}`);
    options.port = Number(values.port);
  }
  if (values.host !== undefined) options.host = values.host;
  if (values.flavor !== undefined) options.flavor = values.flavor;
  if (values.http === true) options.tls = false;
  if (values["allow-remote"] === true) options.allowRemote = true;
  return validateOptions(options);
}

function describe(sim: Simulator, caFile: string | undefined, options: SimulatorOptions): string {
  const user = sim.users[0];
  const vms = sim.inventory.list();
  const guestVm =
    vms.find((vm) => vm.guestFamily === "LINUX" && vm.powerState === "POWERED_ON") ?? vms[0];
  const guest = guestVm?.guestUsers[0];
  const env: [string, string | undefined][] = [
    ["GUESTOPS_URL", sim.url],
    ["GUESTOPS_USERNAME", user?.username],
    ["GUESTOPS_PASSWORD", user?.password],
    ["GUESTOPS_CA_FILE", caFile],
    ["GUESTOPS_GUEST_USER", guest?.username],
    ["GUESTOPS_GUEST_PASSWORD", guest?.password],
  ];
  const lines = [
    `guestops simulator listening on ${sim.url} (flavor ${sim.flavor}, ${vms.length} VMs)`,
    "",
    "Use it with:",
    ...env
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([name, value]) => `  export ${name}=${shellValue(value)}`),
    "",
    "VMs:",
  ];
  const shown = vms.length > 20 ? vms.slice(0, 20) : vms;
  for (const vm of shown) {
    const up = vm.powerState === "POWERED_ON" && vm.toolsRunning;
    const tools = up ? "tools running" : "tools not running";
    lines.push(
      `  ${vm.id.padEnd(12)} ${vm.name.padEnd(16)} ${vm.powerState.padEnd(12)} ${vm.guestFamily.padEnd(8)} ${tools}`,
    );
  }
  if (shown.length < vms.length) lines.push(`  ... and ${vms.length - shown.length} more`);
  const configured = options.inventory === undefined ? " (the demo inventory)" : "";
  lines.push("", `Inventory${configured}; guest files live under ${sim.rootDir}.`);
  lines.push("Press Ctrl+C to stop.", "");
  return lines.join("\n");
}

/** Resolves with what asked to stop: SIGINT, SIGTERM or the abort signal; `cancel` unhooks. */
function waitForStop(signal: AbortSignal | undefined): Promise<string> & { cancel(): void } {
  let unhook = () => {};
  const promise = new Promise<string>((resolve) => {
    const done = (why: string) => {
      unhook();
      resolve(why);
    };
    const onInt = () => done("SIGINT");
    const onTerm = () => done("SIGTERM");
    const onAbort = () => done("abort");
    unhook = () => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      signal?.removeEventListener("abort", onAbort);
    };
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
  return Object.assign(promise, { cancel: () => unhook() });
}

/**
 * Runs the simulator in the foreground (the `guestops-simulator` bin and `guestops simulator`):
 * prints its URL and the GUESTOPS_* variables to use, then serves until SIGINT/SIGTERM (or
 * `signal`), stops cleanly and resolves the exit code (0; 2 for bad usage or options).
 *
 * @example
 * process.exitCode = await runSimulatorCli(process.argv.slice(2));
 */
export async function runSimulatorCli(
  argv: readonly string[],
  io: RunSimulatorCliOptions = {},
): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  let options: SimulatorOptions | "help";
  try {
    options = await loadOptions(argv);
  } catch (error) {
    stderr.write(`guestops-simulator: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    stdout.write(USAGE);
    return 0;
  }
  // Listen for SIGINT/SIGTERM before starting: a signal during start-up then still stops cleanly
  // (without a listener Node would exit at once and leave guest programs behind).
  const stopRequested = waitForStop(io.signal);
  let sim: Simulator;
  try {
    sim = await startSimulator(options);
  } catch (error) {
    stderr.write(`guestops-simulator: ${(error as Error).message}\n`);
    stopRequested.cancel();
    return 2;
  }
  let caDir: string | undefined;
  let caFile: string | undefined;
  if (sim.ca !== undefined) {
    caDir = await mkdtemp(join(tmpdir(), "guestops-simulator-ca-"));
    caFile = join(caDir, "ca.pem");
    await writeFile(caFile, sim.ca, { mode: 0o644 });
  }
  stdout.write(describe(sim, caFile, options));
  io.onStarted?.(sim);
  const why = await stopRequested;
  await sim.stop();
  if (caDir !== undefined) await rm(caDir, { recursive: true, force: true });
  stdout.write(`guestops simulator stopped (${why}).\n`);
  return 0;
}
