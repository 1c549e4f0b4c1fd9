import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { type LocalServer, miniVcenter, startHttpsServer } from "../test/local-server.js";
import { createClient } from "./create-client.js";
import { isInvalidRequestError } from "./invalid-request-error.js";
import { classifyFailure } from "./retry-safety.js";
import { INSECURE_WARNING } from "./tls.js";
import { isTransportError } from "./transport-error.js";

let server: LocalServer;
const vcenter = { username: "administrator@vsphere.local", password: "vc-password-1" };

beforeAll(async () => {
  server = await startHttpsServer(miniVcenter);
});
afterAll(() => server.close());

describe("TLS", () => {
  test("trusts a self-signed vCenter given its CA as PEM text", async () => {
    const client = createClient({ url: server.url, ...vcenter, ca: server.ca });
    expect(await client.listVms()).toEqual([
      { vm: "vm-1", name: "web-01", powerState: "POWERED_ON" },
    ]);
    await client.close();
  });

  test("trusts a self-signed vCenter given its CA as a file path", async () => {
    const file = join(tmpdir(), `guestops-ca-${process.pid}.pem`);
    writeFileSync(file, server.ca ?? "");
    const client = createClient({ url: server.url, ...vcenter, ca: file });
    await expect(client.listVms()).resolves.toHaveLength(1);
    await client.close();
  });

  test("refuses an untrusted certificate with a TransportError that says to pass ca", async () => {
    const client = createClient({ url: server.url, ...vcenter });
    const error = await client.listVms().catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect(error).toMatchObject({ operation: "login", requestSent: false });
    expect((error as Error).message).toMatch(
      /TLS certificate of localhost:\d+ is not trusted .*: pass ca/,
    );
    expect(classifyFailure("login", error)).toBe("fatal");
  });

  test("skips verification only with insecure: true, and says so through onInsecure", async () => {
    const onInsecure = vi.fn();
    const client = createClient({ url: server.url, ...vcenter, insecure: true, onInsecure });
    await expect(client.listVms()).resolves.toHaveLength(1);
    expect(onInsecure).toHaveBeenCalledExactlyOnceWith(INSECURE_WARNING);
    await client.close();
  });

  test("emits a process warning for insecure: true without a hook", () => {
    const emit = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    createClient({ url: server.url, ...vcenter, insecure: true });
    expect(emit).toHaveBeenCalledWith(INSECURE_WARNING, { code: "GUESTOPS_INSECURE_TLS" });
    emit.mockRestore();
  });

  test("refuses ca together with insecure", () => {
    expect(() => createClient({ url: server.url, ca: server.ca, insecure: true })).toThrow(
      expect.objectContaining({ name: "InvalidRequestError", reason: "invalidOption" }),
    );
  });

  test("refuses a ca that is neither PEM nor a readable file", () => {
    let error: unknown;
    try {
      createClient({ url: server.url, ca: "/nonexistent/ca.pem" });
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidRequestError(error) && error.message).toContain("ENOENT");
  });
});
