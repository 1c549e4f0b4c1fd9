import { DEMO_GUEST_PASSWORD, type Simulator } from "@guestops/simulator";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signRequest } from "../src/signature.js";
import { SECRET } from "./harness.js";
import { type NodeServer, runNodeBundle, startNodeServer } from "./node-process.js";
import { startSimulatorEnv, VCENTER_PASSWORD } from "./simulator-env.js";

describe("dist/node.mjs over real HTTP", () => {
  let sim: Simulator;
  let env: Record<string, string>;
  let server: NodeServer;

  beforeAll(async () => {
    ({ sim, env } = await startSimulatorEnv());
    server = await startNodeServer(env);
  });
  afterAll(async () => {
    await server?.stop();
    await sim?.stop();
  });

  const send = async (method: string, path: string, body = "") => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = await signRequest({ secret: SECRET, timestamp, method, path, body });
    return fetch(new URL(path, server.url), {
      method,
      headers: {
        "x-guestops-timestamp": String(timestamp),
        "x-guestops-signature": signature,
        ...(body === "" ? {} : { "content-type": "application/json" }),
      },
      ...(body === "" ? {} : { body }),
    });
  };

  test("listens on 127.0.0.1 and answers /healthz", async () => {
    expect(new URL(server.url).hostname).toBe("127.0.0.1");
    const response = await fetch(new URL("/healthz", server.url));
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("starts a program and reports its output", async () => {
    const response = await send(
      "POST",
      "/runs",
      JSON.stringify({ vm: "web-01", path: "/bin/echo", arguments: ["over http"], waitMs: 10_000 }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "exited",
      exitCode: 0,
      stdout: "over http\n",
    });
  });

  test("rejects an unsigned request and a body over 64 KiB", async () => {
    expect((await fetch(new URL("/runs", server.url), { method: "POST", body: "{}" })).status).toBe(
      401,
    );
    const big = await fetch(new URL("/runs", server.url), {
      method: "POST",
      body: "x".repeat(70_000),
      headers: { "content-type": "application/json" },
    });
    expect(big.status).toBe(413);
  });

  test("logs one JSON line per request, without secrets", async () => {
    const before = server.lines.length;
    await fetch(new URL("/healthz", server.url));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = server.lines.slice(before).map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ msg: "request", route: "/healthz", status: 200 }),
    ]);
    const all = server.lines.join("\n");
    for (const secret of [SECRET, VCENTER_PASSWORD, DEMO_GUEST_PASSWORD, "over http"])
      expect(all).not.toContain(secret);
  });

  test("exits 78 at start with a line that names a missing variable", async () => {
    const { GUESTOPS_URL: _, ...incomplete } = env;
    const { code, output } = await runNodeBundle(incomplete);
    expect(code).toBe(78);
    expect(output).toContain("GUESTOPS_URL is missing");
    expect(output).not.toContain(VCENTER_PASSWORD);
  });
});
