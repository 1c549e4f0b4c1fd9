// Test helper: the real webhook (apps/webhook's Node bundle) in its own process, pointed at a
// simulator, so the example is checked against what it will talk to in production.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DEMO_GUEST_PASSWORD, type Simulator, startSimulator } from "@guestops/simulator";

export interface WebhookServer {
  url: string;
  secret: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const NODE_BUNDLE = join(
  dirname(require.resolve("@guestops/webhook/package.json")),
  "dist",
  "node.mjs",
);

export async function startWebhook(): Promise<WebhookServer> {
  const secret = "example-secret-of-at-least-32-characters";
  const sim: Simulator = await startSimulator();
  const dir = mkdtempSync(join(tmpdir(), "guestops-webhook-example-"));
  writeFileSync(join(dir, "ca.pem"), sim.ca ?? "");
  const child = spawn(process.execPath, [NODE_BUNDLE], {
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      WEBHOOK_SECRETS: secret,
      WEBHOOK_POLICY: JSON.stringify({
        vms: ["web-*"],
        programs: ["/bin/echo"],
        maxTimeoutMs: 60_000,
      }),
      GUESTOPS_URL: sim.url,
      GUESTOPS_USERNAME: sim.users[0]?.username ?? "",
      GUESTOPS_PASSWORD: sim.users[0]?.password ?? "",
      GUESTOPS_CA_FILE: join(dir, "ca.pem"),
      GUESTOPS_GUEST_USER: "root",
      GUESTOPS_GUEST_PASSWORD: DEMO_GUEST_PASSWORD,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    await sim.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`webhook did not start:\n${output}`)), 20_000);
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const listening = /"msg":"listening","url":"([^"]+)"/.exec(output);
      if (listening?.[1]) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`webhook exited with ${code}:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, secret, stop };
}
