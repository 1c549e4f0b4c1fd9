// No error, log line or inspect() output ever contains a password, SAML token or session id.
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { createFakeVcenter, json, type Recorded, vapiError } from "../test/fake-vcenter.js";
import type { RequestEvent } from "./client-options.js";
import { createClient } from "./create-client.js";
import { GuestAuthError } from "./guest-auth-error.js";
import type { GuestCredentials } from "./guest-credentials.js";
import { InvalidRequestError } from "./invalid-request-error.js";
import { RequestTimeoutError } from "./request-timeout-error.js";
import { SessionError } from "./session-error.js";
import { TransportError } from "./transport-error.js";
import { VcenterApiError } from "./vcenter-api-error.js";
import { VmLookupError } from "./vm-lookup-error.js";

const VC_PASSWORD = "vc-Pa55word-planted";
const GUEST_PASSWORD = "guest-Pa55word-planted";
const SAML_TOKEN = "saml-Assertion-planted";
const SESSION_ID = "session-id-planted-0001";
const SECRETS = [VC_PASSWORD, GUEST_PASSWORD, SAML_TOKEN, SESSION_ID];

/** Every way an error is turned into text. */
function renderings(error: unknown): Record<string, string> {
  const err = error as Error;
  return {
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: Number.POSITIVE_INFINITY }),
    inspectHidden: inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    string: String(error),
    stack: String(err.stack),
    message: err.message,
  };
}

function expectNoSecret(error: unknown): void {
  for (const [how, text] of Object.entries(renderings(error))) {
    for (const secret of SECRETS) {
      expect(text.includes(secret), `${how} contains ${secret}`).toBe(false);
      expect(text.includes(encodeURIComponent(secret)), `${how} contains encoded ${secret}`).toBe(
        false,
      );
    }
  }
}

const planted = SECRETS.join(" ");
const leakyCause = () => {
  const cause = new Error(`socket said ${planted}`);
  Object.assign(cause, { code: "ECONNRESET" });
  return cause;
};

describe("every error class, built with secrets planted in its inputs", () => {
  const apiOptions = {
    status: 500,
    errorType: "ERROR" as const,
    messages: [{ id: "x", defaultMessage: `echo ${planted}`, args: [planted] }],
    data: { nested: [{ echo: planted }] },
    operation: "createProcess" as const,
    vm: "vm-1",
    // The error's own sentences: built by toApiError from scrubbed inputs (tested below).
    summary: "summary",
    advice: "advice.",
    cause: leakyCause(),
    secrets: SECRETS,
  };

  test.each([
    ["VcenterApiError", () => new VcenterApiError(apiOptions)],
    [
      "GuestAuthError",
      () => new GuestAuthError({ ...apiOptions, status: 401, errorType: "UNAUTHENTICATED" }),
    ],
    ["SessionError", () => new SessionError({ ...apiOptions, reason: "loginRejected" })],
    [
      "TransportError",
      () =>
        new TransportError({
          code: "ECONNRESET",
          operation: "getProcess",
          vm: "vm-1",
          requestSent: "unknown",
          summary: `summary ${planted}`,
          advice: `advice ${planted}`,
          cause: Object.assign(new TypeError("fetch failed"), { cause: leakyCause() }),
          secrets: SECRETS,
        }),
    ],
    [
      "RequestTimeoutError",
      () =>
        new RequestTimeoutError({
          operation: "getProcess",
          vm: "vm-1",
          timeout: 5,
          cause: leakyCause(),
          secrets: SECRETS,
        }),
    ],
    [
      "InvalidRequestError",
      () =>
        new InvalidRequestError({
          reason: "relativePath",
          operation: "createProcess",
          detail: `got ${planted}`,
          secrets: SECRETS,
        }),
    ],
    ["VmLookupError", () => new VmLookupError({ query: planted, matches: [], secrets: SECRETS })],
  ])("%s serialises without any secret", (name, make) => {
    const error = make();
    expect(error.name).toBe(name);
    expectNoSecret(error);
  });

  test("keeps the code of a scrubbed cause, which retry logic reads", () => {
    const error = new TransportError({
      code: "ECONNRESET",
      operation: "getProcess",
      requestSent: "unknown",
      summary: "s",
      advice: "a",
      cause: leakyCause(),
      secrets: SECRETS,
    });
    expect(error.cause).toMatchObject({ code: "ECONNRESET" });
  });
});

describe("errors and trails of a client whose server echoes every secret", () => {
  const guest: GuestCredentials = { type: "password", username: "root", password: GUEST_PASSWORD };
  const saml: GuestCredentials = { type: "saml", token: SAML_TOKEN };

  /** What a server could echo: everything secret that the request carried. */
  function received(request: Recorded): string {
    const body = (request.body ?? {}) as {
      credentials?: { password?: string; saml_token?: string };
    };
    const basic = (request.headers.get("authorization") ?? "").replace(/^Basic /, "");
    return [
      body.credentials?.password,
      body.credentials?.saml_token,
      request.headers.get("vmware-api-session-id"),
      Buffer.from(basic, "base64").toString("utf8"),
    ].join(" ");
  }

  function echoingClient(events: RequestEvent[]) {
    const fake = createFakeVcenter("api", { password: VC_PASSWORD });
    const echo = (type: "UNAUTHENTICATED" | "NOT_FOUND" | "RESOURCE_BUSY") => (request: Recorded) =>
      vapiError("api", type, {
        message: `echo ${received(request)}`,
        data: { echo: received(request), nested: [received(request)] },
      });
    fake.on("POST /api/vcenter/vm/vm-1/guest/processes?action=create", echo("UNAUTHENTICATED"));
    fake.on("POST /api/vcenter/vm/vm-1/guest/processes/1?action=get", echo("NOT_FOUND"));
    fake.on("POST /api/vcenter/vm/vm-1/guest/processes?action=list", echo("RESOURCE_BUSY"));
    fake.on("POST /api/vcenter/vm/vm-1/guest/processes/2?action=get", () => json("not an object"));
    const client = createClient({
      url: `https://administrator:${encodeURIComponent(VC_PASSWORD)}@vc.example.com`,
      fetch: fake.fetch,
      onRequest: (event) => events.push(event),
    });
    return { client, fake };
  }

  test("redacts the server's echo from API errors, in both credential types", async () => {
    const events: RequestEvent[] = [];
    const { client, fake } = echoingClient(events);
    const errors = await Promise.all([
      client.createProcess("vm-1", { path: "/bin/true" }, guest).catch((e: unknown) => e),
      client.createProcess("vm-1", { path: "/bin/true" }, saml).catch((e: unknown) => e),
      client.getProcess("vm-1", 1, guest).catch((e: unknown) => e),
      client.listProcesses("vm-1", saml).catch((e: unknown) => e),
      client.getProcess("vm-1", 2, guest).catch((e: unknown) => e),
    ]);
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "GuestAuthError",
      "GuestAuthError",
      "VcenterApiError",
      "VcenterApiError",
      "VcenterApiError",
    ]);
    // The echoed data is scrubbed; the echoed message, a sentence holding secrets, is withheld.
    expect(JSON.stringify(errors[0])).toContain("[redacted]");
    const token = fake.tokens[0] ?? "";
    for (const error of errors) {
      expectNoSecret(error);
      expect(renderings(error).inspect).not.toContain(token);
    }
    expect(JSON.stringify(events)).not.toMatch(new RegExp(`${token}|planted`));
    expect(renderings(errors[0]).message).not.toContain("echo ");
  });

  test("redacts a session id the server echoes on a failed login", async () => {
    const fake = createFakeVcenter("api", { password: "other" });
    fake.on("POST /api/session", (request) =>
      vapiError("api", "UNAUTHENTICATED", { message: `bad ${received(request)}` }),
    );
    const client = createClient({
      url: "vc",
      username: "u",
      password: VC_PASSWORD,
      sessionId: SESSION_ID,
      fetch: fake.fetch,
    });
    const error = await client.listVms().catch((e: unknown) => e);
    expect((error as Error).name).toBe("SessionError");
    expectNoSecret(error);
  });

  test("scrubs what the server said before quoting it in the summary (a FileErrorDetails path)", async () => {
    const fake = createFakeVcenter("api", { password: VC_PASSWORD });
    fake.on("POST /api/vcenter/vm/vm-1/guest/processes?action=create", (request) =>
      vapiError("api", "NOT_FOUND", {
        data: { reason: "FILE_NOT_FOUND", file_path: `/home/${received(request)}/x` },
      }),
    );
    const client = createClient({
      url: "vc",
      username: "administrator",
      password: VC_PASSWORD,
      fetch: fake.fetch,
    });
    const error = await client
      .createProcess("vm-1", { path: "/bin/true" }, guest)
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/\/home\/\[redacted\]/);
    expectNoSecret(error);
  });

  test("does not quote a relative path that happens to be a secret", async () => {
    const { client } = echoingClient([]);
    const error = await client
      .createProcess("vm-1", { path: GUEST_PASSWORD }, guest)
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe("InvalidRequestError");
    expectNoSecret(error);
  });

  test("shows no secret when the client itself is inspected or serialised", async () => {
    const { client } = echoingClient([]);
    await client.login();
    const text = `${inspect(client, { depth: 5, showHidden: true })} ${JSON.stringify(client)}`;
    expect(text).not.toContain(VC_PASSWORD);
    expect(text).not.toContain(client.sessionId() ?? "none");
  });
});

// A weak password that is an ordinary word must not be revealed by the redaction itself: the
// client's own sentences are never scrubbed, so "[redacted]" cannot stand where a known word was.
describe("a password that is an ordinary word", () => {
  test.each([
    ["password", /check the vCenter user name and password/i],
    ["vCenter", /vCenter rejected the login/],
  ])("vCenter password %j leaves the login advice readable", async (password, readable) => {
    const fake = createFakeVcenter("api", { password: "something-else" });
    const client = createClient({
      url: "vc",
      username: "administrator",
      password,
      fetch: fake.fetch,
    });
    const error = await client.listVms().catch((e: unknown) => e);
    expect((error as Error).name).toBe("SessionError");
    expect((error as Error).message).toMatch(readable);
    expect((error as Error).message).not.toContain("[redacted]");
  });

  test.each([
    [
      "guest",
      "UNAUTHENTICATED",
      /the guest of vm-1 rejected the credentials.*check the guest credentials/i,
    ],
    ["Tools", "SERVICE_UNAVAILABLE", /VMware Tools is not running in vm-1/],
    ["program", "UNAUTHORIZED", /the guest user may not run the program in vm-1/],
  ] as const)(
    "guest password %j leaves the %s sentence readable",
    async (password, type, readable) => {
      const fake = createFakeVcenter("api", { password: VC_PASSWORD });
      fake.on("POST /api/vcenter/vm/vm-1/guest/processes?action=create", () =>
        vapiError("api", type, {
          message: `vCenter's own sentence, which happens to hold the word ${password} too.`,
        }),
      );
      const client = createClient({
        url: "vc",
        username: "administrator",
        password: VC_PASSWORD,
        fetch: fake.fetch,
      });
      const error = await client
        .createProcess(
          "vm-1",
          { path: "/bin/true" },
          { type: "password", username: "root", password },
        )
        .catch((e: unknown) => e);
      expect((error as Error).message).toMatch(readable);
      expect((error as Error).message).not.toContain("[redacted]");
      // vCenter's sentence held the password: it is withheld whole (its id kept), not quoted
      // with "[redacted]" where the word was.
      expect((error as Error).message).not.toContain("vCenter's own sentence");
      const messages = (error as { messages: { id: string; defaultMessage: string }[] }).messages;
      expect(messages[0]).toMatchObject({ defaultMessage: "" });
    },
  );
});
