import { afterEach, describe, expect, test } from "vitest";
import { createFakeVcenter, empty, json, vapiError } from "../test/fake-vcenter.js";
import { type LocalServer, startHttpServer } from "../test/local-server.js";
import { createClient } from "./create-client.js";
import type { GuestCredentials } from "./guest-credentials.js";
import { isDoneOnReplay } from "./retry-safety.js";

const guest: GuestCredentials = { type: "password", username: "root", password: "guest-secret-1" };
const vcenter = { username: "administrator@vsphere.local", password: "vc-password-1" };
let server: LocalServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("guest files", () => {
  test("creates a temporary file with prefix, suffix and parent path", async () => {
    const fake = createFakeVcenter("api");
    fake.on("POST /api/vcenter/vm/vm-1/guest/filesystem/files?action=createTemporary", () =>
      json("/var/tmp/guestops-123.out"),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    const path = await client.createTemporaryFile("vm-1", guest, {
      prefix: "guestops-",
      suffix: ".out",
      parentPath: "/var/tmp",
    });
    expect(path).toBe("/var/tmp/guestops-123.out");
    expect(fake.requests.at(-1)?.body).toMatchObject({
      prefix: "guestops-",
      suffix: ".out",
      parent_path: "/var/tmp",
    });
  });

  test("deletes a file, sending its path as one encoded segment", async () => {
    const fake = createFakeVcenter("api");
    fake.on(
      "POST /api/vcenter/vm/vm-1/guest/filesystem/files/%2Ftmp%2Fout%20file.txt?action=delete",
      () => empty(204),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    await expect(client.deleteFile("vm-1", "/tmp/out file.txt", guest)).resolves.toBeUndefined();
  });

  test("treats a NOT_FOUND answering a replayed deleteFile as done", async () => {
    const fake = createFakeVcenter("api");
    fake.on("POST /api/vcenter/vm/vm-1/guest/filesystem/files/%2Ftmp%2Fx?action=delete", () =>
      vapiError("api", "NOT_FOUND", { data: { reason: "FILE_NOT_FOUND", file_path: "/tmp/x" } }),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    const error = await client.deleteFile("vm-1", "/tmp/x", guest).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      "deleteFile: /tmp/x was not found in vm-1 (404 NOT_FOUND)",
    );
    expect(isDoneOnReplay("deleteFile", error)).toBe(true);
  });

  test("asks for a download URL without attributes and an upload URL with size and overwrite", async () => {
    const fake = createFakeVcenter("api");
    fake.on("POST /api/vcenter/vm/vm-1/guest/filesystem?action=create", () =>
      json("https://*/guestFile?id=7&token=transfer-token-1", 201),
    );
    const client = createClient({
      url: "https://vc.example.com:8443",
      ...vcenter,
      fetch: fake.fetch,
    });
    const down = await client.createTransfer("vm-1", guest, { path: "/tmp/out" });
    expect(down).toBe("https://vc.example.com:8443/guestFile?id=7&token=transfer-token-1");
    expect(fake.requests.at(-1)?.body).toMatchObject({ spec: { path: "/tmp/out" } });
    await client.createTransfer("vm-1", guest, { path: "/tmp/in", upload: { size: 5 } });
    expect(fake.requests.at(-1)?.body).toMatchObject({
      spec: { path: "/tmp/in", attributes: { size: 5, overwrite: false } },
    });
  });

  test("explains an ALREADY_EXISTS upload", async () => {
    const fake = createFakeVcenter("api");
    fake.on("POST /api/vcenter/vm/vm-1/guest/filesystem?action=create", () =>
      vapiError("api", "ALREADY_EXISTS"),
    );
    const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
    const error = await client
      .createTransfer("vm-1", guest, { path: "/tmp/in", upload: { size: 1 } })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^createTransfer: \/tmp\/in already exists in vm-1 \(400 ALREADY_EXISTS\): set upload.overwrite to true/,
    );
  });
});

describe("transfers", () => {
  test("downloads through a * URL from the host and port that was called, without the session header", async () => {
    const seen: { url?: string; session?: string | string[] } = {};
    server = await startHttpServer((request, response) => {
      seen.url = request.url;
      seen.session = request.headers["vmware-api-session-id"];
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(Buffer.from([104, 105, 0, 255]));
    });
    const client = createClient({
      url: server.url,
      sessionId: "session-secret-123",
      flavor: "api",
    });
    const bytes = await client.download("http://*/guestFile?id=1&token=t");
    expect([...bytes]).toEqual([104, 105, 0, 255]);
    expect(seen).toEqual({ url: "/guestFile?id=1&token=t", session: undefined });
  });

  test("uploads with PUT to the scheme, host and port that was called", async () => {
    let received = "";
    let method = "";
    server = await startHttpServer((request, response, body) => {
      method = request.method ?? "";
      received = body;
      response.writeHead(200);
      response.end();
    });
    const client = createClient({
      url: server.url,
      sessionId: "session-secret-123",
      flavor: "api",
    });
    await client.upload("https://*/guestFile?id=2&token=t", "hello");
    expect({ method, received }).toEqual({ method: "PUT", received: "hello" });
  });

  test("reports a used or expired transfer URL with what to do", async () => {
    server = await startHttpServer((_request, response) => {
      response.writeHead(404);
      response.end();
    });
    const client = createClient({
      url: server.url,
      sessionId: "session-secret-123",
      flavor: "api",
    });
    const error = await client
      .download("http://*/guestFile?id=3&token=transfer-token-9")
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "download: the transfer URL is unknown, used or expired (404): create a new one with createTransfer",
    );
    expect(JSON.stringify(error)).not.toContain("transfer-token-9");
  });

  test("refuses a transfer URL that is not http(s)", async () => {
    const client = createClient({ url: "vc", sessionId: "s", flavor: "api" });
    await expect(client.download("ftp://x/y")).rejects.toMatchObject({
      name: "InvalidRequestError",
    });
  });
});
