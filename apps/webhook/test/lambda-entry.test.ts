import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Simulator } from "@guestops/simulator";
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshTimestamps } from "./fresh-timestamps.js";
import { httpApiEvent } from "./http-api-event.js";
import { startSimulatorEnv } from "./simulator-env.js";
import { bundlePath } from "./test-bundles.js";

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

const LAMBDA_BUNDLE = bundlePath("lambda.mjs");
const context = {
  functionName: "guestops-webhook",
  awsRequestId: "c6af9ac6-7b61-11e6-9a41-93e812345678",
} as Context;

describe("dist/lambda.mjs with HTTP API v2 events", () => {
  let sim: Simulator;
  let env: Record<string, string>;
  let handler: Handler;
  const timestamp = freshTimestamps();
  const saved = { ...process.env };

  beforeAll(async () => {
    ({ sim, env } = await startSimulatorEnv());
    // The bundle reads process.env at import, as Lambda's init phase does.
    Object.assign(process.env, env);
    ({ handler } = (await import(LAMBDA_BUNDLE)) as { handler: Handler });
  });
  afterAll(async () => {
    process.env = saved;
    await sim?.stop();
  });

  const invoke = async (
    method: string,
    path: string,
    options: Parameters<typeof httpApiEvent>[2] = {},
  ) => {
    const event = await httpApiEvent(method, path, {
      timestamp: timestamp(),
      ...options,
    });
    const result = await handler(event, context);
    return { ...result, json: result.body === undefined ? undefined : JSON.parse(result.body) };
  };

  test("answers /healthz", async () => {
    const result = await invoke("GET", "/healthz", { sign: false });
    expect(result.statusCode).toBe(200);
    expect(result.json).toEqual({ status: "ok" });
  });

  test("starts a program, then reports it through GET with the signed id", async () => {
    const body = JSON.stringify({ vm: "web-01", path: "/bin/echo", arguments: ["from lambda"] });
    const started = await invoke("POST", "/runs", { body });
    expect(started.statusCode).toBe(202);
    expect(started.headers?.["content-type"]).toContain("application/json");
    let run = started.json;
    for (let i = 0; i < 50 && run.status === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = (await invoke("GET", `/runs/${started.json.id}`)).json;
    }
    expect(run).toMatchObject({ status: "exited", exitCode: 0, stdout: "from lambda\n" });
  });

  test("verifies the signature over a base64-encoded body", async () => {
    const body = JSON.stringify({
      vm: "web-02",
      path: "/bin/echo",
      arguments: ["b64"],
      waitMs: 10_000,
    });
    const result = await invoke("POST", "/runs", { body, base64: true });
    expect(result.statusCode).toBe(200);
    expect(result.json.stdout).toBe("b64\n");
  });

  test("answers a Lambda function URL event", async () => {
    const body = JSON.stringify({
      vm: "web-01",
      path: "/bin/echo",
      arguments: ["function url"],
      waitMs: 10_000,
    });
    const result = await invoke("POST", "/runs", { body, functionUrl: true });
    expect(result.statusCode).toBe(200);
    expect(result.json.stdout).toBe("function url\n");
  });

  test("signs the path with its query string", async () => {
    const body = JSON.stringify({ vm: "web-01", path: "/bin/echo" });
    expect((await invoke("POST", "/runs?source=chatops", { body })).statusCode).toBe(202);
  });

  test.each([
    ["an unsigned event", { sign: false }, 401],
    ["a stale timestamp", { timestamp: Math.floor(Date.now() / 1000) - 400 }, 401],
    ["a forged signature", { headers: { "x-guestops-signature": `v1=${"a".repeat(64)}` } }, 401],
    ["a denied program", { body: JSON.stringify({ vm: "web-01", path: "/bin/rm" }) }, 403],
    ["a wrong content type", { body: "{}", headers: { "content-type": "text/plain" } }, 415],
    [
      "an unknown field",
      { body: JSON.stringify({ vm: "web-01", path: "/bin/echo", sudo: true }) },
      400,
    ],
  ])("rejects %s", async (_, options, status) => {
    const body =
      "body" in options ? options.body : JSON.stringify({ vm: "web-01", path: "/bin/echo" });
    expect((await invoke("POST", "/runs", { body, ...options })).statusCode).toBe(status);
  });

  test("answers an unknown route with 404", async () => {
    expect((await invoke("GET", "/admin")).statusCode).toBe(404);
  });

  test("runs under lambda-local with a JSON event file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "guestops-lambda-"));
    const eventFile = join(dir, "event.json");
    const body = JSON.stringify({
      vm: "web-01",
      path: "/bin/echo",
      arguments: ["lambda-local"],
      waitMs: 10_000,
    });
    writeFileSync(eventFile, JSON.stringify(await httpApiEvent("POST", "/runs", { body })));
    const cli = fileURLToPath(
      new URL("../node_modules/lambda-local/build/cli.js", import.meta.url),
    );
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [
          cli,
          "-l",
          LAMBDA_BUNDLE,
          "-h",
          "handler",
          "-e",
          eventFile,
          "--esm",
          "-t",
          "30",
          "-v",
          "3",
          "-E",
          JSON.stringify(env),
        ],
        { timeout: 60_000 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
      );
    });
    expect(output).toMatch(/"statusCode":\s*200/);
    expect(output).toContain("lambda-local\\\\n");
  });
});
