// A 1,000-VM fleet of /bin/true (capture off, concurrency 64) against the simulator, twice: through
// the built CLI (a child process: flag parsing, login, runMany, one JSON line per VM) and through
// runMany in this process with the same client options. The simulator runs in a process of its
// own (`guestops simulator --config`), so neither side shares its event loop with the server.
// Prints wall times, the ratio, and the CLI's exit status and line count.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@guestops/client";
import { runMany } from "@guestops/poll";

const COUNT = Number(process.env.BENCH_FLEET ?? 1000);
const CONCURRENCY = 64;
const ROUNDS = 3;
const cli = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "guestops-bench-"));

/** Starts `guestops simulator` with a fleet inventory; resolves with its environment and the child. */
function startSimulatorProcess() {
  const config = join(dir, "simulator.json");
  writeFileSync(config, JSON.stringify({ inventory: { fleet: { count: COUNT } } }));
  const child = spawn(process.execPath, [cli, "simulator", "--config", config], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  return new Promise((resolve, reject) => {
    let text = "";
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the simulator exited ${code}`)));
    child.stdout.on("data", (chunk) => {
      text += chunk;
      if (!text.includes("GUESTOPS_GUEST_PASSWORD=")) return;
      const env = Object.fromEntries(
        [...text.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], m[2].replace(/^'|'$/g, "")]),
      );
      child.removeAllListeners("exit");
      resolve({ env, child });
    });
  });
}

const { env, child: simulator } = await startSimulatorProcess();
try {
  const names = Array.from(
    { length: COUNT },
    (_, i) => `fleet-${String(i + 1).padStart(Math.max(3, String(COUNT).length), "0")}`,
  );
  const vmsFile = join(dir, "vms.txt");
  writeFileSync(vmsFile, `${names.join("\n")}\n`);

  async function throughCli() {
    const args = [
      "run",
      "--vms-from",
      vmsFile,
      "--concurrency",
      String(CONCURRENCY),
      "--no-capture",
      "--json",
      "--",
      "/bin/true",
    ];
    const start = performance.now();
    const { status, lines } = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, ...args], {
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "ignore"],
      });
      let lines = 0;
      child.stdout.on("data", (chunk) => {
        for (const byte of chunk) if (byte === 10) lines++;
      });
      child.once("error", reject);
      child.once("close", (status) => resolve({ status, lines }));
    });
    return { ms: performance.now() - start, status, lines };
  }

  async function inProcess() {
    const start = performance.now();
    const client = createClient({
      url: env.GUESTOPS_URL,
      username: env.GUESTOPS_USERNAME,
      password: env.GUESTOPS_PASSWORD,
      ca: env.GUESTOPS_CA_FILE,
    });
    const credentials = {
      type: "password",
      username: env.GUESTOPS_GUEST_USER,
      password: env.GUESTOPS_GUEST_PASSWORD,
    };
    let ok = 0;
    for await (const item of runMany(
      client,
      names,
      { path: "/bin/true", credentials, capture: false },
      { concurrency: CONCURRENCY },
    )) {
      if (item.result?.status === "exited" && item.result.exitCode === 0) ok++;
    }
    await client.logout().catch(() => undefined);
    await client.close().catch(() => undefined);
    return { ms: performance.now() - start, ok };
  }

  // Alternate, ROUNDS times each, and keep the best of each: the machine is shared.
  const cliRuns = [];
  const libRuns = [];
  for (let round = 0; round < ROUNDS; round++) {
    libRuns.push(await inProcess());
    cliRuns.push(await throughCli());
  }
  const best = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const c = best(cliRuns);
  const l = best(libRuns);
  console.log(
    `\nfleet: ${COUNT} VMs x /bin/true, --no-capture, concurrency ${CONCURRENCY}, simulator in its own process (best of ${ROUNDS} each)`,
  );
  console.log(`  runMany in-process     ${l.ms.toFixed(0)} ms  (${l.ok}/${COUNT} exited 0)`);
  console.log(
    `  guestops run (CLI)     ${c.ms.toFixed(0)} ms  (exit status ${c.status}, ${c.lines} JSON lines)`,
  );
  console.log(
    `  ratio CLI / in-process ${(c.ms / l.ms).toFixed(2)} (the CLI adds its start-up, parsing and one JSON line per VM)`,
  );
} finally {
  simulator.kill("SIGINT");
  await new Promise((resolve) => simulator.once("exit", resolve));
  rmSync(dir, { recursive: true, force: true });
}
