// A 1,000-VM fleet of /bin/true (capture off, concurrency 64) against the simulator, twice: through
// the built CLI (a child process: flag parsing, login, runMany, one JSON line per VM) and through
// runMany in-process with the same client options. Wall times, the ratio, and the CLI's exit
// status and line count. The simulator runs in this process for both, so it costs both the same.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@guestops/client";
import { runMany } from "@guestops/poll";
import { startSimulator } from "@guestops/simulator";

const COUNT = Number(process.env.BENCH_FLEET ?? 1000);
const CONCURRENCY = 64;
const cli = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));

const sim = await startSimulator({ inventory: { fleet: { count: COUNT } } });
const dir = mkdtempSync(join(tmpdir(), "guestops-bench-"));
try {
  const names = sim.inventory.list().map((vm) => vm.name);
  const vmsFile = join(dir, "vms.txt");
  const caFile = join(dir, "ca.pem");
  writeFileSync(vmsFile, `${names.join("\n")}\n`);
  writeFileSync(caFile, sim.ca ?? "");
  const user = sim.users[0];
  const guestUser = sim.inventory.list()[0]?.guestUsers[0];

  async function throughCli() {
    const env = {
      ...process.env,
      GUESTOPS_URL: sim.url,
      GUESTOPS_USERNAME: user.username,
      GUESTOPS_PASSWORD: user.password,
      GUESTOPS_CA_FILE: caFile,
      GUESTOPS_GUEST_USER: guestUser.username,
      GUESTOPS_GUEST_PASSWORD: guestUser.password,
    };
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
        env,
        stdio: ["ignore", "pipe", "ignore"],
      });
      let lines = 0;
      child.stdout.on("data", (chunk) => {
        for (const byte of chunk) if (byte === 10) lines++;
      });
      child.once("error", reject);
      child.once("exit", (status) => resolve({ status, lines }));
    });
    return { ms: performance.now() - start, status, lines };
  }

  async function inProcess() {
    const start = performance.now();
    const client = createClient({
      url: sim.url,
      username: user.username,
      password: user.password,
      ca: sim.ca,
    });
    const credentials = {
      type: "password",
      username: guestUser.username,
      password: guestUser.password,
    };
    let ok = 0;
    for await (const run of runMany(
      client,
      names,
      { path: "/bin/true", credentials, capture: false },
      { concurrency: CONCURRENCY },
    )) {
      if (run.status === "exited" && run.exitCode === 0) ok++;
    }
    await client.logout().catch(() => undefined);
    await client.close?.().catch(() => undefined);
    return { ms: performance.now() - start, ok };
  }

  // Alternate, twice each, and keep the best of each: the machine is shared.
  const cliRuns = [];
  const libRuns = [];
  for (let round = 0; round < 2; round++) {
    libRuns.push(await inProcess());
    cliRuns.push(await throughCli());
  }
  const best = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const c = best(cliRuns);
  const l = best(libRuns);
  console.log(
    `\nfleet: ${COUNT} VMs x /bin/true, --no-capture, concurrency ${CONCURRENCY} (best of 2 each)`,
  );
  console.log(`  runMany in-process     ${l.ms.toFixed(0)} ms  (${l.ok}/${COUNT} exited 0)`);
  console.log(
    `  guestops run (CLI)     ${c.ms.toFixed(0)} ms  (exit status ${c.status}, ${c.lines} JSON lines)`,
  );
  console.log(`  ratio CLI / in-process ${(c.ms / l.ms).toFixed(2)}`);
} finally {
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
}
