// Every error of the seed page's create table, on both flavors, over nock (the real built-in fetch
// intercepted): each is mapped to the right class with a message that names the operation and the
// VM, gives the status and type, and says what to do.
import { CREATE_ERRORS, type CreateErrorType, restTypeFor, statusFor } from "@guestops/core";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { createClient } from "./create-client.js";
import type { GuestCredentials } from "./guest-credentials.js";
import { classifyFailure } from "./retry-safety.js";

const HOST = "https://vc.example.com";
const guest: GuestCredentials = { type: "password", username: "root", password: "guest-secret-1" };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const expected: Record<CreateErrorType, { message: string; class: string; verdict: string }> = {
  INVALID_ARGUMENT: {
    class: "VcenterApiError",
    verdict: "fatal",
    message:
      "createProcess: vCenter rejected an argument for vm-42 (400 INVALID_ARGUMENT): drop start_minimized on non-Windows guests and give an absolute program path and working directory",
  },
  NOT_ALLOWED_IN_CURRENT_STATE: {
    class: "VcenterApiError",
    verdict: "fatal",
    message:
      "createProcess: vm-42 is not running (400 NOT_ALLOWED_IN_CURRENT_STATE): power it on and wait for the guest to boot",
  },
  NOT_FOUND: {
    class: "VcenterApiError",
    verdict: "fatal",
    message:
      "createProcess: vm-42 or the program was not found (404 NOT_FOUND): check the VM identifier (e.g. vm-42) and that the program path exists in the guest",
  },
  RESOURCE_BUSY: {
    class: "VcenterApiError",
    verdict: "retry",
    message:
      "createProcess: vm-42 is busy (STATUS RESOURCE_BUSY): retry in a few seconds (nothing was started)",
  },
  SERVICE_UNAVAILABLE: {
    class: "VcenterApiError",
    verdict: "retry",
    message:
      "createProcess: VMware Tools is not running in vm-42 (503 SERVICE_UNAVAILABLE): start Tools or wait for the guest to boot",
  },
  UNABLE_TO_ALLOCATE_RESOURCE: {
    class: "VcenterApiError",
    verdict: "fatal",
    message:
      "createProcess: the program failed to start in vm-42 (STATUS UNABLE_TO_ALLOCATE_RESOURCE): check that it is executable by the guest user and that the guest has free memory and processes",
  },
  UNAUTHENTICATED: {
    class: "GuestAuthError",
    verdict: "fatal",
    message:
      "createProcess: the guest of vm-42 rejected the credentials (401 UNAUTHENTICATED): check the guest credentials (a retry will not help)",
  },
  UNAUTHORIZED: {
    class: "VcenterApiError",
    verdict: "fatal",
    message:
      "createProcess: the guest user may not run the program in vm-42 (403 UNAUTHORIZED): run as a guest user allowed to execute the program, or fix the program's permissions",
  },
  UNSUPPORTED: {
    class: "VcenterApiError",
    verdict: "fatal",
    message:
      "createProcess: VMware Tools in vm-42 does not support the operation (400 UNSUPPORTED): upgrade VMware Tools in the guest, or enable guest operations in its configuration",
  },
};

const cases = (["api", "rest"] as const).flatMap((flavor) =>
  (Object.keys(CREATE_ERRORS) as CreateErrorType[]).map((type) => [flavor, type] as const),
);

describe("the seed page's create errors", () => {
  test.each(cases)("on %s, %s becomes a typed error that says what to do", async (flavor, type) => {
    const status = statusFor(type, flavor);
    const fields = { error_type: type, messages: [] };
    nock(HOST)
      .post(flavor === "api" ? "/api/session" : "/rest/com/vmware/cis/session")
      .reply(
        flavor === "api" ? 201 : 200,
        flavor === "api" ? '"tok-123456"' : { value: "tok-123456" },
      );
    nock(HOST)
      .post(`/${flavor}/vcenter/vm/vm-42/guest/processes`)
      .query({ action: "create" })
      .reply(status, flavor === "api" ? fields : { type: restTypeFor(type), value: fields });

    const client = createClient({ url: HOST, username: "u", password: "vc-password-1", flavor });
    const error = await client
      .createProcess("vm-42", { path: "/bin/true" }, guest)
      .catch((e: unknown) => e);

    const want = expected[type];
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe(want.class);
    expect((error as Error).message).toBe(want.message.replace("STATUS", String(status)));
    expect(error).toMatchObject({
      status,
      errorType: type,
      operation: "createProcess",
      vm: "vm-42",
      advice: CREATE_ERRORS[type].advice,
    });
    expect(classifyFailure("createProcess", error)).toBe(want.verdict);
    expect(nock.isDone()).toBe(true);
  });

  test("adds what vCenter said to the message", async () => {
    nock(HOST).post("/api/session").reply(201, '"tok-123456"');
    nock(HOST)
      .post("/api/vcenter/vm/vm-42/guest/processes")
      .query({ action: "create" })
      .reply(404, {
        error_type: "NOT_FOUND",
        messages: [{ id: "x", default_message: "File /opt/nope was not found", args: [] }],
        data: { reason: "FILE_NOT_FOUND", file_path: "/opt/nope" },
      });
    const client = createClient({
      url: HOST,
      username: "u",
      password: "vc-password-1",
      flavor: "api",
    });
    const error = await client
      .createProcess("vm-42", { path: "/opt/nope" }, guest)
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'createProcess: /opt/nope was not found in vm-42 (404 NOT_FOUND): the guest path /opt/nope does not exist; give an existing absolute program path and working directory (vCenter: "File /opt/nope was not found")',
    );
    expect(error).toMatchObject({ data: { reason: "FILE_NOT_FOUND", file_path: "/opt/nope" } });
  });
});
