// Per-call overhead of the client against raw fetch, measured in the same run.
//
// A loopback HTTP server in a child process (so its work does not share the measuring thread)
// answers `POST /api/vcenter/vm/{vm}/guest/processes/{pid}?action=get` like vCenter. Each round
// times one `client.getProcess(...)` and one raw `fetch` of the same request (same URL, headers and
// body, JSON parsed), in alternating order; both use Node's default dispatcher. Reported: medians,
// p90s, and the ratio of the medians (goal <= 1.10).
//
// Run: npx -y pnpm@12.4.2 --filter @guestops/client bench   (builds dist first)
import { fork } from "node:child_process";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const INFO = JSON.stringify({
  name: "bash",
  owner: "root",
  command: "/bin/bash -c 'sleep 1'",
  started: "2024-05-01T10:00:00.000Z",
  finished: "2024-05-01T10:00:01.000Z",
  exit_code: 0,
});
const TOKEN = "bench-session-0123456789abcdef";

if (process.argv[2] === "serve") {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      if (request.url === "/api/session") {
        response.writeHead(201, { "content-type": "application/json" });
        response.end(JSON.stringify(TOKEN));
        return;
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(INFO);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => process.send?.(server.address().port));
  process.on("disconnect", () => process.exit(0));
} else {
  await main();
}

async function main() {
  const { createClient } = await import("../dist/index.mjs");
  const child = fork(fileURLToPath(import.meta.url), ["serve"], { stdio: "inherit" });
  const port = await new Promise((resolve) => child.once("message", resolve));
  const base = `http://127.0.0.1:${port}`;

  const credentials = { type: "password", username: "root", password: "bench-guest-password" };
  // BENCH_TIMEOUT=Infinity measures the client without its per-call timeout (default: 60000 ms).
  const timeout =
    process.env.BENCH_TIMEOUT === undefined ? undefined : Number(process.env.BENCH_TIMEOUT);
  const client = createClient({
    url: base,
    username: "administrator@vsphere.local",
    password: "p",
    ...(timeout === undefined ? {} : { timeout }),
  });
  await client.login();
  const vm = "vm-42";
  const pid = 4242;

  const rawUrl = `${base}/api/vcenter/vm/${vm}/guest/processes/${pid}?action=get`;
  const rawBody = JSON.stringify({
    credentials: {
      interactive_session: false,
      type: "USERNAME_PASSWORD",
      user_name: "root",
      password: "bench-guest-password",
    },
  });
  const rawHeaders = {
    "content-type": "application/json",
    "vmware-api-session-id": client.sessionId(),
  };
  const raw = async () => {
    const response = await fetch(rawUrl, { method: "POST", headers: rawHeaders, body: rawBody });
    if (!response.ok) throw new Error(`raw fetch answered ${response.status}`);
    return response.json();
  };
  const viaClient = () => client.getProcess(vm, pid, credentials);

  const warmup = Number(process.env.BENCH_WARMUP ?? 1_000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 10_000);
  for (let i = 0; i < warmup; i++) {
    await raw();
    await viaClient();
  }

  const rawTimes = new Float64Array(rounds);
  const clientTimes = new Float64Array(rounds);
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first, so neither always runs on a freshly warmed connection or cache.
    if (i % 2 === 0) {
      rawTimes[i] = await time(raw);
      clientTimes[i] = await time(viaClient);
    } else {
      clientTimes[i] = await time(viaClient);
      rawTimes[i] = await time(raw);
    }
  }

  const rawMedian = quantile(rawTimes, 0.5);
  const clientMedian = quantile(clientTimes, 0.5);
  const ratio = clientMedian / rawMedian;
  const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
  console.log(
    `client overhead: ${rounds} interleaved rounds after ${warmup} warm-up, loopback HTTP, server in a child process, client timeout ${timeout ?? "60000 ms (default)"}`,
  );
  console.log(`  raw fetch          median ${us(rawMedian)}  p90 ${us(quantile(rawTimes, 0.9))}`);
  console.log(
    `  client.getProcess  median ${us(clientMedian)}  p90 ${us(quantile(clientTimes, 0.9))}`,
  );
  console.log(
    `  ratio (medians)    ${ratio.toFixed(3)}  (goal <= 1.10: ${ratio <= 1.1 ? "met" : "NOT met"})`,
  );

  child.disconnect();
  await client.close();
}

async function time(run) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function quantile(values, q) {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
