import { describe, expect, test, vi } from "vitest";
import type { RequestEvent } from "./client-options.js";
import { createClient } from "./create-client.js";
import { DRY_RUN_PID } from "./dry-run.js";
import type { GuestCredentials } from "./guest-credentials.js";
import { REDACTED } from "./redact.js";

const guest: GuestCredentials = { type: "password", username: "root", password: "guest-secret-1" };

function dryClient(
  flavor: "auto" | "api" | "rest" = "auto",
  onRequest?: (event: RequestEvent) => void,
) {
  const fetch = vi.fn(() => Promise.reject(new Error("dry run must not send")));
  const client = createClient({
    url: "https://administrator:vc-password-1@vc.example.com",
    flavor,
    dryRun: true,
    fetch,
    ...(onRequest === undefined ? {} : { onRequest }),
  });
  return { client, fetch };
}

describe("dry run", () => {
  test("walks a whole run without sending anything, answering with placeholders", async () => {
    const { client, fetch } = dryClient();
    const { vm } = await client.resolveVm("web-01");
    expect(await client.getVm(vm)).toMatchObject({ vm: "web-01", powerState: "POWERED_ON" });
    const out = await client.createTemporaryFile(vm, guest, {
      prefix: "guestops-",
      suffix: ".out",
    });
    const pid = await client.createProcess(
      vm,
      { path: "/bin/bash", arguments: `-c 'uptime > ${out}'` },
      guest,
    );
    const status = await client.getProcess(vm, pid, guest);
    const url = await client.createTransfer(vm, guest, { path: out });
    const bytes = await client.download(url);
    await client.deleteFile(vm, out, guest);
    await client.logout();

    expect(fetch).not.toHaveBeenCalled();
    expect({ vm, out, pid, exitCode: status.exitCode, bytes: bytes.byteLength }).toEqual({
      vm: "web-01",
      out: "/tmp/guestops-dry-run.out",
      pid: DRY_RUN_PID,
      exitCode: 0,
      bytes: 0,
    });
    expect(
      client.dryRunLog.map((entry) => `${entry.operation} ${entry.method} ${entry.url}`),
    ).toEqual([
      "login POST https://vc.example.com/api/session",
      "resolveVm GET https://vc.example.com/api/vcenter/vm?names=web-01",
      "getVm GET https://vc.example.com/api/vcenter/vm/web-01",
      "createTemporaryFile POST https://vc.example.com/api/vcenter/vm/web-01/guest/filesystem/files?action=createTemporary",
      "createProcess POST https://vc.example.com/api/vcenter/vm/web-01/guest/processes?action=create",
      "getProcess POST https://vc.example.com/api/vcenter/vm/web-01/guest/processes/0?action=get",
      "createTransfer POST https://vc.example.com/api/vcenter/vm/web-01/guest/filesystem?action=create",
      "download GET https://vc.example.com/guestFile?id=dry-run&token=[redacted]",
      "deleteFile POST https://vc.example.com/api/vcenter/vm/web-01/guest/filesystem/files/%2Ftmp%2Fguestops-dry-run.out?action=delete",
      "logout DELETE https://vc.example.com/api/session",
    ]);
  });

  test("records headers and bodies with every secret redacted", async () => {
    const { client } = dryClient("api");
    await client.createProcess(
      "vm-42",
      { path: "/bin/true", env: { TOKEN: "plain-env-value" } },
      guest,
    );
    await client.createProcess(
      "vm-42",
      { path: "/bin/true" },
      { type: "saml", token: "saml-token-secret-1" },
    );
    const [login, create, saml] = client.dryRunLog;
    expect(login?.headers.authorization).toBe(REDACTED);
    expect(create?.headers["vmware-api-session-id"]).toBe(REDACTED);
    expect(create?.body).toEqual({
      credentials: {
        interactive_session: false,
        type: "USERNAME_PASSWORD",
        user_name: "root",
        password: REDACTED,
      },
      // Values of the program's environment are often tokens: names only.
      spec: { path: "/bin/true", environment_variables: { TOKEN: REDACTED } },
    });
    expect(saml?.body).toMatchObject({
      credentials: { type: "SAML_BEARER_TOKEN", saml_token: REDACTED },
    });
    const all = JSON.stringify(client.dryRunLog);
    for (const secret of [
      "vc-password-1",
      "guest-secret-1",
      "saml-token-secret-1",
      "dry-run-session",
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  test("records the /rest shapes when the flavor is rest", async () => {
    const { client } = dryClient("rest");
    const pid = await client.createProcess("vm-42", { path: "/bin/true" }, guest);
    expect(pid).toBe(0);
    expect(client.dryRunLog.map((e) => e.url)).toEqual([
      "https://vc.example.com/rest/com/vmware/cis/session",
      "https://vc.example.com/rest/vcenter/vm/vm-42/guest/processes?action=create",
    ]);
    expect(client.dryRunLog[1]?.body).toMatchObject({ spec: { environment_variables: [] } });
  });

  test("records an upload body by its size only", async () => {
    const { client } = dryClient("api");
    await client.upload("https://*/guestFile?id=1&token=t", "secret file content");
    expect(client.dryRunLog.at(-1)).toMatchObject({
      operation: "upload",
      method: "PUT",
      body: "[19 bytes]",
    });
  });

  test("reports recorded exchanges to onRequest, marked dryRun", async () => {
    const events: RequestEvent[] = [];
    const { client } = dryClient("api", (event) => events.push(event));
    await client.listVms({ powerStates: ["POWERED_ON"] });
    expect(events.map((e) => [e.operation, e.status, e.dryRun])).toEqual([
      ["login", 201, true],
      ["listVms", 200, true],
    ]);
  });
});
