import { describe, expect, test } from "vitest";
import { createFakeVcenter, empty, json } from "../test/fake-vcenter.js";
import { createClient } from "./create-client.js";
import type { GuestCredentials } from "./guest-credentials.js";

const guest: GuestCredentials = { type: "password", username: "root", password: "guest-secret-1" };

function setup(flavor: "api" | "rest") {
  const fake = createFakeVcenter(flavor);
  const client = createClient({
    url: "https://vc.example.com",
    username: "administrator@vsphere.local",
    password: "vc-password-1",
    fetch: fake.fetch,
  });
  return { fake, client };
}

describe("createProcess", () => {
  test("sends the /api shape (env as a map) and reads the bare pid of a 201", async () => {
    const { fake, client } = setup("api");
    fake.on("POST /api/vcenter/vm/vm-42/guest/processes?action=create", () => json(1234, 201));
    const pid = await client.createProcess(
      "vm-42",
      {
        path: "/bin/bash",
        arguments: "-c 'uname -a'",
        workingDirectory: "/tmp",
        env: { PATH: "/usr/bin:/bin" },
      },
      guest,
    );
    expect(pid).toBe(1234);
    const create = fake.requests.at(-1);
    expect(create?.headers.get("vmware-api-session-id")).toBe(fake.tokens[0]);
    expect(create?.body).toEqual({
      credentials: {
        interactive_session: false,
        type: "USERNAME_PASSWORD",
        user_name: "root",
        password: "guest-secret-1",
      },
      spec: {
        path: "/bin/bash",
        arguments: "-c 'uname -a'",
        working_directory: "/tmp",
        environment_variables: { PATH: "/usr/bin:/bin" },
      },
    });
    expect(client.flavor()).toBe("api");
  });

  test("sends the /rest shape (env as a key/value list) and unwraps the pid from value", async () => {
    const { fake, client } = setup("rest");
    fake.on("POST /rest/vcenter/vm/vm-42/guest/processes?action=create", () => json({ value: 77 }));
    const pid = await client.createProcess(
      "vm-42",
      { path: "/bin/true", env: { A: "1", B: "2" } },
      guest,
    );
    expect(pid).toBe(77);
    expect(fake.requests.at(-1)?.body).toMatchObject({
      spec: {
        path: "/bin/true",
        environment_variables: [
          { key: "A", value: "1" },
          { key: "B", value: "2" },
        ],
      },
    });
    expect(client.flavor()).toBe("rest");
  });

  test("sends an empty environment list on /rest when env is absent", async () => {
    const { fake, client } = setup("rest");
    fake.on("POST /rest/vcenter/vm/vm-42/guest/processes?action=create", () => json({ value: 5 }));
    await client.createProcess("vm-42", { path: "/bin/true" }, guest);
    expect(fake.requests.at(-1)?.body).toMatchObject({
      spec: { path: "/bin/true", environment_variables: [] },
    });
  });
});

describe("getProcess", () => {
  test.each(["api", "rest"] as const)(
    "reads a finished process on %s into camelCase",
    async (flavor) => {
      const { fake, client } = setup(flavor);
      const info = {
        name: "bash",
        owner: "root",
        command: "/bin/bash -c x",
        started: "2024-05-01T10:00:00.000Z",
        finished: "2024-05-01T10:00:01.000Z",
        exit_code: 3,
      };
      fake.on(`POST /${flavor}/vcenter/vm/vm-42/guest/processes/1234?action=get`, () =>
        json(flavor === "api" ? info : { value: { ...info, pid: 1234 } }),
      );
      expect(await client.getProcess("vm-42", 1234, guest)).toEqual({
        pid: 1234,
        name: "bash",
        owner: "root",
        command: "/bin/bash -c x",
        startedAt: "2024-05-01T10:00:00.000Z",
        finishedAt: "2024-05-01T10:00:01.000Z",
        exitCode: 3,
      });
    },
  );
});

describe("deleteProcess", () => {
  test.each([
    ["api", 204],
    ["rest", 200],
  ] as const)("terminates a process on %s (%i, empty body)", async (flavor, status) => {
    const { fake, client } = setup(flavor);
    fake.on(`POST /${flavor}/vcenter/vm/vm-42/guest/processes/9?action=delete`, () =>
      empty(status),
    );
    await expect(client.deleteProcess("vm-42", 9, guest)).resolves.toBeUndefined();
  });
});

describe("listProcesses", () => {
  test("filters by pid on the client for /api, which has no pid filter", async () => {
    const { fake, client } = setup("api");
    const entry = (pid: number) => ({ pid, name: "p", owner: "root", command: "c", started: "t" });
    fake.on("POST /api/vcenter/vm/vm-42/guest/processes?action=list", () =>
      json([entry(1), entry(2), entry(3)]),
    );
    const list = await client.listProcesses("vm-42", guest, { pids: [2, 3] });
    expect(list.map((p) => p.pid)).toEqual([2, 3]);
    expect(fake.requests.at(-1)?.body).toEqual({ credentials: expect.any(Object) });
  });

  test("sends the pid filter to /rest and reads exit codes from its Info entries", async () => {
    const { fake, client } = setup("rest");
    fake.on("POST /rest/vcenter/vm/vm-42/guest/processes?action=list", () =>
      json({
        value: [
          {
            pid: 2,
            name: "p",
            owner: "root",
            command: "c",
            started: "t",
            finished: "u",
            exit_code: 0,
          },
        ],
      }),
    );
    const list = await client.listProcesses("vm-42", guest, { pids: [2] });
    expect(list).toEqual([
      {
        pid: 2,
        name: "p",
        owner: "root",
        command: "c",
        startedAt: "t",
        finishedAt: "u",
        exitCode: 0,
      },
    ]);
    expect(fake.requests.at(-1)?.body).toMatchObject({ pids: [2] });
  });
});
