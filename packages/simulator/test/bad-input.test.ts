import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Simulator, startSimulator } from "../src/index.js";
import { createTestClient, guestCredentials, type TestClient } from "./sim-client.js";

const credentials = guestCredentials();

interface BadRequest {
  readonly name: string;
  readonly path: string;
  readonly body: unknown;
}

function cases(flavor: "api" | "rest"): BadRequest[] {
  const processes = `/${flavor}/vcenter/vm/vm-101/guest/processes`;
  const env = flavor === "rest" ? { environment_variables: [] } : {};
  const create = `${processes}?action=create`;
  const rows: BadRequest[] = [
    { name: "malformed JSON", path: create, body: '{"credentials": ' },
    { name: "an empty body", path: create, body: "" },
    { name: "a JSON array body", path: create, body: [] },
    { name: "missing credentials", path: create, body: { spec: { path: "/bin/true", ...env } } },
    { name: "a missing spec.path", path: create, body: { credentials, spec: { ...env } } },
    {
      name: "a missing interactive_session",
      path: create,
      body: {
        credentials: { type: "USERNAME_PASSWORD", user_name: "root", password: "vmware" },
        spec: { path: "/bin/true", ...env },
      },
    },
    {
      name: "a path of the wrong type",
      path: create,
      body: { credentials, spec: { path: ["/bin/true"], ...env } },
    },
    {
      name: "arguments of the wrong type",
      path: create,
      body: { credentials, spec: { path: "/bin/true", arguments: 42, ...env } },
    },
    {
      name: "an unknown credentials type",
      path: create,
      body: {
        credentials: { ...credentials, type: "KERBEROS" },
        spec: { path: "/bin/true", ...env },
      },
    },
    {
      name: "a relative program path",
      path: create,
      body: { credentials, spec: { path: "bin/true", ...env } },
    },
    {
      name: "a relative working directory",
      path: create,
      body: { credentials, spec: { path: "/bin/true", working_directory: "tmp", ...env } },
    },
    {
      name: "an environment in the other flavor's shape",
      path: create,
      body: {
        credentials,
        spec: {
          path: "/bin/true",
          environment_variables: flavor === "api" ? [{ key: "A", value: "1" }] : { A: "1" },
        },
      },
    },
    { name: "a list without credentials", path: `${processes}?action=list`, body: {} },
    { name: "a non-numeric pid", path: `${processes}/abc?action=get`, body: { credentials } },
  ];
  if (flavor === "rest") {
    rows.push({
      name: "pids of the wrong type",
      path: `${processes}?action=list`,
      body: { credentials, pids: ["1"] },
    });
  } else {
    const fs = "/api/vcenter/vm/vm-101/guest/filesystem";
    rows.push(
      {
        name: "a temporary file without a prefix",
        path: `${fs}/files?action=createTemporary`,
        body: { credentials, suffix: ".txt" },
      },
      {
        name: "a negative upload size",
        path: `${fs}?action=create`,
        body: { credentials, spec: { path: "/tmp/x", attributes: { size: -1 } } },
      },
    );
  }
  return rows;
}

describe.each(["api", "rest"] as const)("bad input, /%s flavor", (flavor) => {
  let sim: Simulator;
  let client: TestClient;
  let session: string;

  beforeAll(async () => {
    sim = await startSimulator({ flavor, tls: false });
    client = createTestClient(sim);
    session = await client.login();
  });

  afterAll(async () => {
    await client.close();
    await sim.stop();
  });

  test.each(cases(flavor))("answers $name with 400 INVALID_ARGUMENT", async ({ path, body }) => {
    const res = await client.request("POST", path, { session, body });
    expect(res.status, res.text).toBe(400);
    const fields =
      flavor === "api" ? res.body : (res.body as { type: string; value: unknown }).value;
    expect(fields).toMatchObject({ error_type: "INVALID_ARGUMENT" });
    if (flavor === "rest") {
      expect(res.body).toMatchObject({ type: "com.vmware.vapi.std.errors.invalid_argument" });
    }
    expect(sim.stats.processes).toHaveLength(0);
  });
});
