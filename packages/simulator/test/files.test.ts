import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";
import { createTestClient, eventually, guestCredentials, type TestClient } from "./sim-client.js";

const VM = "vm-101";
const fsBase = `/api/vcenter/vm/${VM}/guest/filesystem`;
const credentials = guestCredentials();

/** The transfer URL with its `*` host replaced by the simulator's, as a client must. */
function resolveTransferUrl(sim: Simulator, url: string): string {
  return url.replace(/^(https?):\/\/\*/, sim.url);
}

describe("guest files and transfer URLs (HTTPS)", () => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    sim = await startSimulator();
    client = createTestClient(sim);
    session = await client.login();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  async function temporary(extra: Record<string, unknown> = {}) {
    return client.request("POST", `${fsBase}/files?action=createTemporary`, {
      session,
      body: { credentials, prefix: "guestops-", suffix: ".out", ...extra },
    });
  }

  async function transfer(spec: Record<string, unknown>) {
    return client.request("POST", `${fsBase}?action=create`, {
      session,
      body: { credentials, spec },
    });
  }

  const fileUrl = (path: string, action: string) =>
    `${fsBase}/files/${encodeURIComponent(path)}?action=${action}`;

  test("creates an empty temporary file in the VM's tmp directory", async () => {
    const res = await temporary();
    expect(res.status).toBe(200);
    const path = res.body as string;
    expect(path.startsWith(`${sim.inventory.tmpDir(VM)}/guestops-`)).toBe(true);
    expect(path.endsWith(".out")).toBe(true);
    expect((await stat(path)).size).toBe(0);
    expect(await sim.inventory.tempFiles(VM)).toContain(path);
  });

  test("creates a temporary file in parent_path, only inside the VM's directory", async () => {
    const parent = join(sim.inventory.vmDir(VM), "work");
    await mkdir(parent, { recursive: true });
    const inside = await temporary({ parent_path: parent });
    expect((inside.body as string).startsWith(`${parent}/guestops-`)).toBe(true);
    expect((await temporary({ parent_path: "/etc" })).status).toBe(403);
    const missing = await temporary({ parent_path: join(parent, "missing") });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ data: { reason: "FILE_NOT_FOUND" } });
  });

  test("describes a file, with its path as one percent-encoded segment", async () => {
    const path = (await temporary()).body as string;
    await writeFile(path, "12345");
    const res = await client.request("POST", fileUrl(path, "get"), {
      session,
      body: { credentials },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      type: "FILE",
      size: 5,
      attributes: { filesystem_family: "POSIX", posix_attributes: { permissions: "0600" } },
    });
    const dir = await client.request("POST", fileUrl(sim.inventory.tmpDir(VM), "get"), {
      session,
      body: { credentials },
    });
    expect(dir.body).toMatchObject({ type: "DIRECTORY" });
  });

  test("answers a missing file with 404 FileErrorDetails and a host file with 403", async () => {
    const missing = join(sim.inventory.tmpDir(VM), "nope");
    const res = await client.request("POST", fileUrl(missing, "get"), {
      session,
      body: { credentials },
    });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ data: { reason: "FILE_NOT_FOUND", file_path: missing } });
    for (const action of ["get", "delete"]) {
      const host = await client.request("POST", fileUrl("/etc/passwd", action), {
        session,
        body: { credentials },
      });
      expect(host.status).toBe(403);
      expect(host.body).toMatchObject({ error_type: "UNAUTHORIZED" });
    }
  });

  test("deletes a file, and refuses to delete a directory", async () => {
    const path = (await temporary()).body as string;
    const res = await client.request("POST", fileUrl(path, "delete"), {
      session,
      body: { credentials },
    });
    expect(res).toMatchObject({ status: 204, text: "" });
    expect(await sim.inventory.tempFiles(VM)).not.toContain(path);
    const again = await client.request("POST", fileUrl(path, "delete"), {
      session,
      body: { credentials },
    });
    expect(again.status).toBe(404);
    const dir = await client.request("POST", fileUrl(sim.inventory.tmpDir(VM), "delete"), {
      session,
      body: { credentials },
    });
    expect(dir.status).toBe(400);
  });

  test("downloads a program's redirected output once through a https://* transfer URL", async () => {
    const path = (await temporary()).body as string;
    const created = await client.request(
      "POST",
      `/api/vcenter/vm/${VM}/guest/processes?action=create`,
      {
        session,
        body: { credentials, spec: { path: "/bin/echo", arguments: `captured > ${path}` } },
      },
    );
    const pid = created.body as number;
    await eventually(async () => {
      const res = await client.request(
        "POST",
        `/api/vcenter/vm/${VM}/guest/processes/${pid}?action=get`,
        {
          session,
          body: { credentials },
        },
      );
      return (res.body as { finished?: string }).finished;
    });
    const res = await transfer({ path });
    expect(res.status).toBe(201);
    const url = res.body as string;
    expect(url).toMatch(/^https:\/\/\*\/guestFile\?id=[^&]+&token=[^&]+$/);
    const first = await client.request("GET", resolveTransferUrl(sim, url));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/octet-stream");
    expect(first.text).toBe("captured\n");
    const second = await client.request("GET", resolveTransferUrl(sim, url));
    expect(second.status).toBe(404);
  });

  test("rejects a transfer URL with a wrong token", async () => {
    const path = (await temporary()).body as string;
    const url = (await transfer({ path })).body as string;
    const forged = url.replace(/token=[^&]+/, "token=forged");
    expect((await client.request("GET", resolveTransferUrl(sim, forged))).status).toBe(404);
  });

  test("uploads exactly the declared size, answers 400 otherwise and stays usable", async () => {
    const path = join(sim.inventory.tmpDir(VM), "upload.txt");
    const res = await transfer({ path, attributes: { size: 5, overwrite: false } });
    expect(res.status).toBe(201);
    const url = resolveTransferUrl(sim, res.body as string);
    const octets = { "content-type": "application/octet-stream" };
    const short = await client.request("PUT", url, { body: "abc", headers: octets });
    expect(short.status).toBe(400);
    const long = await client.request("PUT", url, { body: "abcdefgh", headers: octets });
    expect(long.status).toBe(400);
    const ok = await client.request("PUT", url, { body: "hello", headers: octets });
    expect(ok).toMatchObject({ status: 200, text: "" });
    expect(await readFile(path, "utf8")).toBe("hello");
    const reused = await client.request("PUT", url, { body: "hello", headers: octets });
    expect(reused.status).toBe(404);
  });

  test("refuses to replace an existing file unless overwrite is true", async () => {
    const path = (await temporary()).body as string;
    const refused = await transfer({ path, attributes: { size: 1, overwrite: false } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error_type: "ALREADY_EXISTS" });
    const allowed = await transfer({ path, attributes: { size: 1, overwrite: true } });
    expect(allowed.status).toBe(201);
  });

  test("refuses transfers of missing, directory and host paths", async () => {
    const missing = await transfer({ path: join(sim.inventory.tmpDir(VM), "missing") });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ data: { reason: "FILE_NOT_FOUND" } });
    const dir = await transfer({ path: sim.inventory.tmpDir(VM) });
    expect(dir.status).toBe(400);
    expect((await transfer({ path: "/etc/passwd" })).status).toBe(403);
    const upload = await transfer({ path: "/tmp/evil", attributes: { size: 1 } });
    expect(upload.status).toBe(403);
  });
});

describe("transfer URLs over plain HTTP", () => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    sim = await startSimulator({ tls: false, transferTtlMs: 150 });
    client = createTestClient(sim);
    session = await client.login();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  test("use an http://* URL that expires after transferTtlMs", async () => {
    const path = (
      await client.request("POST", `${fsBase}/files?action=createTemporary`, {
        session,
        body: { credentials, prefix: "x", suffix: "" },
      })
    ).body as string;
    const url = (
      await client.request("POST", `${fsBase}?action=create`, {
        session,
        body: { credentials, spec: { path } },
      })
    ).body as string;
    expect(url.startsWith("http://*/guestFile?")).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const res = await client.request("GET", resolveTransferUrl(sim, url));
    expect(res.status).toBe(404);
  });
});
