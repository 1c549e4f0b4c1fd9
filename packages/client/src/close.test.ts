import { expect, test } from "vitest";
import { createFakeVcenter, json } from "../test/fake-vcenter.js";
import { createClient } from "./create-client.js";
import { isInvalidRequestError } from "./invalid-request-error.js";
import { classifyFailure } from "./retry-safety.js";

const vcenter = { username: "administrator@vsphere.local", password: "vc-password-1" };
const guest = { type: "password", username: "root", password: "guest-secret-1" } as const;

test("a closed client refuses every call before sending, so a create is never ambiguous", async () => {
  const fake = createFakeVcenter("api");
  fake.on("GET /api/vcenter/vm", () => json([]));
  const client = createClient({ url: "vc", ...vcenter, fetch: fake.fetch });
  await client.listVms();
  const sent = fake.requests.length;
  await client.close();

  const error = await client
    .createProcess("vm-1", { path: "/bin/true" }, guest)
    .catch((e: unknown) => e);
  expect(isInvalidRequestError(error) && error.reason).toBe("clientClosed");
  expect((error as Error).message).toBe(
    "createProcess: the client was closed: create a new client to call vCenter again",
  );
  expect(classifyFailure("createProcess", error)).toBe("fatal");
  await expect(client.listVms()).rejects.toMatchObject({ reason: "clientClosed" });
  expect(fake.requests.length).toBe(sent);
});
