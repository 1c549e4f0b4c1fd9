// Latency the webhook adds per request, at CONCURRENCY concurrent requests, against the simulator.
//
// The same work is done two ways in the same run, alternating rounds:
// - direct: @guestops/poll's checkRun (or startRun) on a @guestops/client, in this process;
// - webhook: a signed GET /runs/{id} (or POST /runs) over HTTP to dist/node.mjs in a child
//   process, which does that same call behind signature, replay guard, policy and run-id checks.
// Each request is timed from send to answer. Reported: medians and p95s, their ratio, and the
// milliseconds added per request (webhook median - direct median).
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@guestops/client";
import { checkRun, startRun } from "@guestops/poll";
import { DEMO_GUEST_PASSWORD, startSimulator } from "@guestops/simulator";
import { signRequest } from "../dist/index.mjs";
import { median, ms, quantile } from "./stats.mjs";

const CONCURRENCY = 200;
const ROUNDS = 3;
const SECRET = "bench-secret-0123456789abcdef0123456789";
const USER = { username: "administrator@vsphere.local", password: "bench-vc-password" };
const CREDENTIALS = { type: "password", username: "root", password: DEMO_GUEST_PASSWORD };
/** A long sleep, a different length per request: identical requests in one second are replays. */
const sleep = (i) => ({ path: "/bin/sleep", arguments: [String(300 + i)], capture: false });

export async function benchLatency() {
  const sim = await startSimulator({ users: [USER] });
  const dir = mkdtempSync(join(tmpdir(), "guestops-bench-"));
  const caFile = join(dir, "ca.pem");
  writeFileSync(caFile, sim.ca);
  const server = await startServer({
    WEBHOOK_SECRETS: SECRET,
    WEBHOOK_POLICY: JSON.stringify({
      vms: ["web-*"],
      programs: ["/bin/sleep"],
      maxTimeoutMs: 3_600_000,
    }),
    GUESTOPS_URL: sim.url,
    GUESTOPS_USERNAME: USER.username,
    GUESTOPS_PASSWORD: USER.password,
    GUESTOPS_CA_FILE: caFile,
    GUESTOPS_GUEST_USER: CREDENTIALS.username,
    GUESTOPS_GUEST_PASSWORD: CREDENTIALS.password,
  });
  const client = createClient({ url: sim.url, ...USER, ca: sim.ca });
  // One timestamp per wave, never used twice: a request repeated with the same timestamp is a
  // replay. Counting down from 4 minutes ahead stays inside the ±300 s window for this bench.
  const firstTimestamp = Math.floor(Date.now() / 1000) + 240;
  let second = 0;
  const send = async (method, path, body = "") => {
    const timestamp = firstTimestamp - second;
    const signature = await signRequest({ secret: SECRET, timestamp, method, path, body });
    const response = await fetch(new URL(path, server.url), {
      method,
      headers: {
        "x-guestops-timestamp": String(timestamp),
        "x-guestops-signature": signature,
        ...(body === "" ? {} : { "content-type": "application/json" }),
      },
      ...(body === "" ? {} : { body }),
    });
    const json = await response.json();
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const timed = async (call) => {
    const start = performance.now();
    const value = await call();
    return { ms: performance.now() - start, value };
  };
  const wave = async (count, call) => {
    second++;
    return Promise.all(Array.from({ length: count }, (_, i) => timed(() => call(i))));
  };

  try {
    // Warm both paths: sessions, connections, JIT.
    await client.login();
    await wave(10, (i) => send("POST", "/runs", JSON.stringify({ vm: "web-01", ...sleep(i) })));

    // Starting: waves of CONCURRENCY starts each way, in alternating order (each start spawns a
    // real guest program, so a later wave finds a busier machine). Both name the VM.
    const vmOf = (i) => (i % 2 ? "web-01" : "web-02");
    const startDirectWave = () =>
      wave(CONCURRENCY, (i) =>
        startRun(client, {
          vm: vmOf(i),
          path: sleep(i).path,
          args: sleep(i).arguments,
          capture: false,
          credentials: CREDENTIALS,
        }),
      );
    const startHookWave = () =>
      wave(CONCURRENCY, (i) => send("POST", "/runs", JSON.stringify({ vm: vmOf(i), ...sleep(i) })));
    const startDirect = await startDirectWave();
    const startHook = await startHookWave();
    startHook.push(...(await startHookWave()));
    startDirect.push(...(await startDirectWave()));

    // Looking: ROUNDS waves of CONCURRENCY checks each way, one run per request.
    const handles = startDirect.slice(0, CONCURRENCY).map((r) => r.value);
    const ids = startHook.slice(0, CONCURRENCY).map((r) => r.value.id);
    const lookDirect = [];
    const lookHook = [];
    for (let round = 0; round < ROUNDS; round++) {
      lookDirect.push(
        ...(await wave(CONCURRENCY, (i) => checkRun(client, handles[i], CREDENTIALS))),
      );
      lookHook.push(...(await wave(CONCURRENCY, (i) => send("GET", `/runs/${ids[i]}`))));
    }
    if (lookHook.some((r) => r.value.status !== "running"))
      throw new Error("a looked-at run was not running");

    return [
      compare("start (POST /runs vs startRun)", startDirect, startHook),
      compare("look (GET /runs/{id} vs checkRun)", lookDirect, lookHook),
    ];
  } finally {
    await server.stop();
    await client.close();
    await sim.stop();
  }
}

function compare(name, direct, hook) {
  const d = direct.map((r) => r.ms);
  const h = hook.map((r) => r.ms);
  const ratio = median(h) / median(d);
  return {
    name: `latency at ${CONCURRENCY} concurrent, ${name}`,
    value: `webhook p50 ${ms(median(h))} p95 ${ms(quantile(h, 0.95))} | direct p50 ${ms(median(d))} p95 ${ms(quantile(d, 0.95))} | added ${ms(median(h) - median(d))}/request`,
    ratio,
    goal: "ratio of medians (webhook / direct)",
    ok: true,
  };
}

/** dist/node.mjs in a child process on a free loopback port. */
function startServer(env) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL("../dist/node.mjs", import.meta.url))],
    {
      env: { PATH: process.env.PATH ?? "", ...env, HOST: "127.0.0.1", PORT: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    let buffered = "";
    child.stdout.on("data", (chunk) => {
      buffered += chunk.toString("utf8");
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const entry = JSON.parse(line);
        if (entry.msg === "listening") {
          resolve({
            url: entry.url,
            stop: () =>
              new Promise((done) => {
                child.once("exit", done);
                child.kill("SIGTERM");
              }),
          });
        }
      }
    });
    child.once("exit", (code) => reject(new Error(`dist/node.mjs exited with ${code}`)));
  });
}
