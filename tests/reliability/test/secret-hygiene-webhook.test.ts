// The webhook's Node entry end to end against a simulator that knows only planted secrets:
// accepted runs (output, timeout, cancel), failing runs (wrong guest password, Tools down) and
// rejected requests (unsigned, wrong secret, altered body, replay, policy, bad JSON, too large,
// forged run id). No planted secret in any response (status line, headers, body, run ids decoded)
// nor in anything the process printed; configuration errors name variables, never values.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findSecrets, PLANTED } from "../src/secrets/planted.ts";
import { type SecretWorld, startSecretWorld } from "../src/secrets/secret-world.ts";
import { webhookEnv } from "../src/secrets/webhook-env.ts";
import { runWebhookToExit, startWebhook, type WebhookServer } from "../src/webhook/node-entry.ts";
import { signedHeaders, signSync } from "../src/webhook/sign.ts";

let world: SecretWorld;
let server: WebhookServer;
const transcript: string[] = [];

beforeAll(async () => {
  world = await startSecretWorld(mkdtempSync(join(tmpdir(), "guestops-secret-webhook-")));
  server = await startWebhook(webhookEnv(world));
});
afterAll(async () => {
  await server?.stop();
  await world?.stop();
});

/** Sends a request and keeps everything about its answer for the search. */
async function send(
  method: string,
  path: string,
  init: { body?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(new URL(path, server.url), {
    method,
    headers: init.headers ?? {},
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await response.text();
  transcript.push(
    `${method} ${path} -> ${response.status} ${response.statusText}`,
    ...[...response.headers].map(([k, v]) => `${k}: ${v}`),
    text,
  );
  return { status: response.status, text, json: () => JSON.parse(text) };
}

const signed = (method: string, path: string, body = "", secret: string = PLANTED.webhookSecret) =>
  send(method, path, {
    ...(body === "" ? {} : { body }),
    headers: signedHeaders(secret, method, path, body),
  });
const start = (request: object) => signed("POST", "/runs", JSON.stringify(request));

describe("the webhook's Node entry", () => {
  test("runs programs and reports them without a planted secret", async () => {
    const done = await start({
      vm: "web-01",
      path: "/bin/echo",
      arguments: ["hello"],
      waitMs: 10_000,
    });
    expect(done.status).toBe(200);
    expect(done.json()).toMatchObject({ status: "exited", exitCode: 0, stdout: "hello\n" });

    const timedOut = await start({
      vm: "web-01",
      path: "/bin/sleep",
      arguments: ["30"],
      timeoutMs: 500,
      waitMs: 10_000,
    });
    expect([200, 202]).toContain(timedOut.status);

    const running = await start({ vm: "web-01", path: "/bin/sleep", arguments: ["5"] });
    expect(running.status).toBe(202);
    const id = running.json().id as string;
    expect((await signed("GET", `/runs/${id}`)).status).toBe(200);
    expect([200, 202]).toContain((await signed("DELETE", `/runs/${id}`)).status);
  });

  test("reports failing runs without a planted secret", async () => {
    const badGuest = await start({ vm: "web-02", path: "/bin/echo", waitMs: 5_000 });
    expect(badGuest.status).toBeGreaterThanOrEqual(400);
    const toolsDown = await start({ vm: "vm-301", path: "/bin/echo", waitMs: 5_000 });
    expect(toolsDown.status).toBeGreaterThanOrEqual(400);
  });

  test("rejects bad requests without a planted secret", async () => {
    const body = JSON.stringify({ vm: "web-01", path: "/bin/echo" });
    expect(
      (await send("POST", "/runs", { body, headers: { "content-type": "application/json" } }))
        .status,
    ).toBe(401);
    expect((await signed("POST", "/runs", body, PLANTED.wrongWebhookSecret)).status).toBe(401);
    const headers = signedHeaders(PLANTED.webhookSecret, "POST", "/runs", body);
    expect((await send("POST", "/runs", { body: `${body} `, headers })).status).toBe(401);
    const once = signedHeaders(PLANTED.webhookSecret, "POST", "/runs", body);
    await send("POST", "/runs", { body, headers: once });
    expect((await send("POST", "/runs", { body, headers: once })).status).toBe(401);
    const ts = Math.floor(Date.now() / 1000) - 3_600;
    const stale = {
      "x-guestops-timestamp": String(ts),
      "x-guestops-signature": signSync(PLANTED.webhookSecret, ts, "POST", "/runs", body),
      "content-type": "application/json",
    };
    expect((await send("POST", "/runs", { body, headers: stale })).status).toBe(401);
    expect((await start({ vm: "mail-01", path: "/bin/echo" })).status).toBe(403);
    expect((await start({ vm: "web-01", path: "/usr/bin/passwd" })).status).toBe(403);
    expect((await signed("POST", "/runs", "{not json")).status).toBe(400);
    expect(
      (
        await signed(
          "POST",
          "/runs",
          JSON.stringify({ vm: "web-01", path: "/bin/echo", password: PLANTED.guestPassword }),
        )
      ).status,
    ).toBe(400);
    expect((await signed("POST", "/runs", "x".repeat(70_000))).status).toBe(413);
    expect((await signed("GET", "/runs/forged-run-id")).status).toBe(400);
  });

  test("wrote no planted secret anywhere: responses, run ids and its own output", async () => {
    // Give the last log lines a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const everything = `${transcript.join("\n")}\n${server.output()}`;
    expect(transcript.length).toBeGreaterThan(20);
    // The echoed request field above is the caller's own text: only the answer matters.
    const answers = everything.replaceAll(`"password":"${PLANTED.guestPassword}"`, "");
    expect(findSecrets(answers), everything.slice(0, 3_000)).toEqual([]);
  });
});

describe("the webhook's configuration errors", () => {
  test.each([
    ["a secret that is too short", { WEBHOOK_SECRETS: PLANTED.envValue }],
    [
      "guest credentials that are not JSON",
      {
        GUESTOPS_GUEST_CREDENTIALS: `[{"vms":["x"],"username":"root","password":"${PLANTED.guestPassword}"`,
      },
    ],
    [
      "a guest credentials rule without vms",
      {
        GUESTOPS_GUEST_CREDENTIALS: JSON.stringify([
          { username: "root", password: PLANTED.guestPassword },
        ]),
      },
    ],
    [
      "a vCenter URL with a password in it",
      { GUESTOPS_URL: `https://root:${PLANTED.vcenterPassword}@` },
    ],
  ])("name the variable, never its value: %s", async (_name, change) => {
    const { code, output } = await runWebhookToExit({ ...webhookEnv(world), ...change });
    expect(code, output).toBe(78);
    expect(findSecrets(output), output).toEqual([]);
  });
});
