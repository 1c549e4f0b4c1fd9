// The libraries' errors, results and run handles, serialized every way a program logs them
// (JSON.stringify, util.inspect with hidden fields and the whole cause chain, String, stack):
// no planted secret, on successes and on failures.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { createClient, type GuestCredentials, type GuestOpsClient } from "@guestops/client";
import { runProcess, serializeRunHandle, startRun } from "@guestops/poll";
import { afterAll, beforeAll, expect, test } from "vitest";
import { findSecrets, PLANTED, VC_USER } from "../src/secrets/planted.ts";
import { type SecretWorld, startSecretWorld } from "../src/secrets/secret-world.ts";

let world: SecretWorld;
beforeAll(async () => {
  world = await startSecretWorld(mkdtempSync(join(tmpdir(), "guestops-secret-lib-")));
});
afterAll(() => world?.stop());

const ROOT: GuestCredentials = {
  type: "password",
  username: "root",
  password: PLANTED.guestPassword,
};
const WRONG: GuestCredentials = {
  type: "password",
  username: "root",
  password: PLANTED.wrongGuestPassword,
};
const SAML: GuestCredentials = { type: "saml", token: PLANTED.samlToken };
const WRONG_SAML: GuestCredentials = { type: "saml", token: PLANTED.wrongSamlToken };

function connect(password: string = PLANTED.vcenterPassword, dryRun = false): GuestOpsClient {
  return createClient({
    url: world.sim.url,
    username: VC_USER,
    password,
    ca: world.sim.ca ?? "",
    dryRun,
  });
}

/** Every way a value ends up in a log. */
function serializations(value: unknown): string {
  const forms = [
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    String(value),
  ];
  try {
    forms.push(JSON.stringify(value) ?? "");
  } catch (error) {
    forms.push(String(error));
  }
  for (let e: unknown = value, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    forms.push(e.stack ?? "", e.message, JSON.stringify(e) ?? "");
  }
  return forms.join("\n");
}

async function outcome(work: () => Promise<unknown>): Promise<unknown> {
  try {
    return await work();
  } catch (error) {
    return error;
  }
}

const cases: [string, () => Promise<unknown>][] = [
  [
    "a run's result",
    () =>
      runProcess(connect(), { vm: "web-01", path: "/bin/echo", args: ["hi"], credentials: ROOT }),
  ],
  [
    "a SAML run's result",
    () => runProcess(connect(), { vm: "web-01", path: "/bin/echo", credentials: SAML }),
  ],
  [
    "a run handle",
    async () =>
      serializeRunHandle(
        await startRun(connect(), {
          vm: "web-01",
          path: "/bin/sleep",
          args: ["0.1"],
          credentials: ROOT,
        }),
      ),
  ],
  [
    "a timed-out run's result",
    () =>
      runProcess(connect(), {
        vm: "web-02",
        path: "/bin/sleep",
        args: ["30"],
        credentials: ROOT,
        timeout: 300,
      }),
  ],
  [
    "rejected guest credentials",
    () => runProcess(connect(), { vm: "web-01", path: "/bin/true", credentials: WRONG }),
  ],
  [
    "a rejected SAML token",
    () => runProcess(connect(), { vm: "web-01", path: "/bin/true", credentials: WRONG_SAML }),
  ],
  [
    "a rejected vCenter login",
    () =>
      runProcess(connect(PLANTED.wrongVcenterPassword), {
        vm: "web-01",
        path: "/bin/true",
        credentials: ROOT,
      }),
  ],
  [
    "Tools not running",
    () => runProcess(connect(), { vm: "tools-down-01", path: "/bin/true", credentials: ROOT }),
  ],
  [
    "a createProcess with bad guest credentials",
    () => connect().createProcess("vm-101", { path: "/bin/true" }, WRONG),
  ],
  ["a failed getProcess", () => connect().getProcess("vm-101", 999_999, ROOT)],
  [
    "a dry run's request log",
    async () => {
      const client = connect(PLANTED.vcenterPassword, true);
      await runProcess(client, { vm: "web-01", path: "/bin/echo", credentials: ROOT });
      return client.dryRunLog;
    },
  ],
];

test.each(cases)("%s holds no planted secret, however it is serialized", async (_name, work) => {
  const value = await outcome(work);
  const text = serializations(value);
  expect(text.length).toBeGreaterThan(0);
  expect(findSecrets(text), text.slice(0, 3_000)).toEqual([]);
});
