import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNATURE_HEADER, sendSigned, signatureHeaders, TIMESTAMP_HEADER } from "./sign.mjs";
import { startWebhook, type WebhookServer } from "./webhook-server.js";

// Vectors computed independently of this code, with
//   printf '%s' '<payload>' | openssl dgst -sha256 -hmac 'example-secret'
// so a change in what is signed (separator, case, body bytes) cannot go unnoticed.
const SECRET = "example-secret";
const BODY = '{"vm":"vm-42","path":"/bin/echo","arguments":"hello"}';

describe("signatureHeaders", () => {
  it("signs timestamp, method, path and raw body as the webhook's v1 scheme", () => {
    const headers = signatureHeaders({
      secret: SECRET,
      method: "post",
      path: "/runs",
      body: BODY,
      timestamp: 1_700_000_000,
    });
    expect(headers).toEqual({
      [TIMESTAMP_HEADER]: "1700000000",
      [SIGNATURE_HEADER]: "v1=952d2684f199e354c2d1c166a92a69aae7663b150f300f6bef66e4a94f364173",
    });
  });

  it("signs a bodiless GET with its query string and an empty body", () => {
    const headers = signatureHeaders({
      secret: SECRET,
      method: "GET",
      path: "/runs/run_1?wait=1",
      timestamp: 1_700_000_000,
    });
    expect(headers[SIGNATURE_HEADER]).toBe(
      "v1=9d47b1a77421ea4992f0f176c73bb56e598d7466ece990694dcf657ea5284c41",
    );
  });

  it("gives another signature when one byte of the body changes", () => {
    const sign = (body: string) =>
      signatureHeaders({ secret: SECRET, method: "POST", path: "/runs", body, timestamp: 1 });
    expect(sign(BODY)[SIGNATURE_HEADER]).not.toBe(sign(`${BODY} `)[SIGNATURE_HEADER]);
  });

  it("stamps the current unix time in seconds by default", () => {
    const before = Math.floor(Date.now() / 1000);
    const headers = signatureHeaders({ secret: SECRET, method: "GET", path: "/runs" });
    const stamped = Number(headers[TIMESTAMP_HEADER]);
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(before + 1);
  });
});

describe("against the real webhook", () => {
  let webhook: WebhookServer;
  beforeAll(async () => {
    webhook = await startWebhook();
  }, 60_000);
  afterAll(() => webhook?.stop());

  it("starts a run with sendSigned and gets its output back", async () => {
    const result = await sendSigned(webhook.url, {
      secret: webhook.secret,
      method: "POST",
      path: "/runs",
      json: { vm: "web-01", path: "/bin/echo", arguments: ["signed"], waitMs: 10_000 },
    });
    expect(result).toMatchObject({ status: 200, body: { exitCode: 0, stdout: "signed\n" } });
  });

  it("is refused when signed with another secret", async () => {
    const result = await sendSigned(webhook.url, {
      secret: "not-the-webhook-secret-but-32-chars-long",
      method: "POST",
      path: "/runs",
      json: { vm: "web-01", path: "/bin/echo" },
    });
    expect(result.status).toBe(401);
  });

  it("works as a command, with the secret from the environment", async () => {
    // Async spawn: the simulator lives in this process and must keep answering meanwhile.
    const body = { vm: "web-02", path: "/bin/echo", arguments: ["from the shell"], waitMs: 10_000 };
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, "sign.mjs"), webhook.url, "POST", "/runs", JSON.stringify(body)],
      { env: { ...process.env, GUESTOPS_WEBHOOK_SECRET: webhook.secret }, timeout: 30_000 },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    const [code] = await once(child, "close");
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).body.stdout).toBe("from the shell\n");
  });
});
