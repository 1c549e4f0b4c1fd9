import { afterEach, describe, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";
import { localhostTls } from "../src/tls-cert.js";
import { createTestClient } from "./sim-client.js";

describe("HTTPS and binding", () => {
  const running: Simulator[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((sim) => sim.stop()));
  });

  test("serves HTTPS on 127.0.0.1 by default, trusted through sim.ca without disabling checks", async () => {
    const sim = await startSimulator();
    running.push(sim);
    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.ca).toContain("BEGIN CERTIFICATE");
    const client = createTestClient(sim);
    expect(await client.login()).toMatch(/^[0-9a-f]{32}$/);
    await client.close();
    // Without the CA the certificate is not trusted.
    await expect(fetch(`${sim.url}/api/session`, { method: "POST" })).rejects.toThrow();
  });

  test("serves a certificate it is given, exposing its CA", async () => {
    const material = await localhostTls();
    const sim = await startSimulator({
      tls: { cert: material.cert, key: material.key, ca: material.ca },
    });
    running.push(sim);
    expect(sim.ca).toBe(material.ca);
    const client = createTestClient(sim);
    expect(await client.login()).toHaveLength(32);
    await client.close();
  });

  test("serves plain HTTP with tls: false, and then has no CA", async () => {
    const sim = await startSimulator({ tls: false });
    running.push(sim);
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.ca).toBeUndefined();
  });

  test.each(["0.0.0.0", "::", "192.168.1.10"])(
    "refuses to bind the non-loopback address %s without allowRemote",
    async (host) => {
      await expect(startSimulator({ host, tls: false })).rejects.toThrow(/allowRemote/);
    },
  );

  test("rejects invalid options with the field's path", async () => {
    await expect(startSimulator({ retentionMs: -1 })).rejects.toThrow(/retentionMs/);
    await expect(
      startSimulator({
        inventory: { vms: [{ id: "vm-1", name: "a", powerState: "ON" as never }] },
      }),
    ).rejects.toThrow(/inventory\.vms\.0\.powerState/);
    await expect(
      startSimulator({ inventory: { vms: [{ id: "../x", name: "a" }] } }),
    ).rejects.toThrow(/VM id/);
  });

  test("removes its temporary root directory on stop, but keeps one it was given", async () => {
    const { existsSync } = await import("node:fs");
    const sim = await startSimulator({ tls: false });
    expect(existsSync(sim.rootDir)).toBe(true);
    await sim.stop();
    await sim.stop(); // idempotent
    expect(existsSync(sim.rootDir)).toBe(false);
  });
});
