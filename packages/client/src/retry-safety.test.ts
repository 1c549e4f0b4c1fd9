import { describe, expect, test } from "vitest";
import { GuestAuthError } from "./guest-auth-error.js";
import { InvalidRequestError } from "./invalid-request-error.js";
import { OPERATIONS } from "./operation.js";
import { RequestTimeoutError } from "./request-timeout-error.js";
import {
  classifyFailure,
  type FailureKind,
  failureKind,
  isDoneOnReplay,
  isRetryable,
  RETRY_OPERATION_OF,
  RETRY_SAFETY,
  type RetryOperation,
} from "./retry-safety.js";
import { SessionError } from "./session-error.js";
import { TransportError } from "./transport-error.js";
import { VcenterApiError } from "./vcenter-api-error.js";
import { VmLookupError } from "./vm-lookup-error.js";

function api(status: number, errorType?: VcenterApiError["errorType"]) {
  return new VcenterApiError({
    status,
    errorType,
    messages: [],
    operation: "createProcess",
    summary: "s",
    advice: "a",
  });
}
function transport(code: string, requestSent: boolean | "unknown") {
  return new TransportError({
    code,
    operation: "createProcess",
    requestSent,
    summary: "s",
    advice: "a",
  });
}
const session = (reason: SessionError["reason"], status = 401) =>
  new SessionError({
    status,
    errorType: "UNAUTHENTICATED",
    messages: [],
    operation: "login",
    summary: "s",
    advice: "a",
    reason,
  });

const examples: [string, unknown, FailureKind][] = [
  ["a session that expired again after renewal", session("sessionExpired"), "sessionExpired"],
  [
    "a session that expired and cannot be renewed",
    session("sessionNotRenewable"),
    "sessionNotRenewable",
  ],
  ["a rejected login", session("loginRejected"), "loginRejected"],
  [
    "rejected guest credentials",
    new GuestAuthError({
      status: 401,
      errorType: "UNAUTHENTICATED",
      messages: [],
      operation: "createProcess",
      summary: "s",
      advice: "a",
    }),
    "guestAuth",
  ],
  ["RESOURCE_BUSY on /api (500)", api(500, "RESOURCE_BUSY"), "busy"],
  ["RESOURCE_BUSY on /rest (400)", api(400, "RESOURCE_BUSY"), "busy"],
  ["503 SERVICE_UNAVAILABLE", api(503, "SERVICE_UNAVAILABLE"), "unavailable"],
  ["a refused connection", transport("ECONNREFUSED", false), "notSent"],
  ["a connect timeout", transport("UND_ERR_CONNECT_TIMEOUT", false), "notSent"],
  ["an unknown host", transport("ENOTFOUND", false), "hostNotFound"],
  ["an untrusted certificate", transport("SELF_SIGNED_CERT_IN_CHAIN", false), "tlsRejected"],
  ["a reset after sending", transport("ECONNRESET", "unknown"), "connectionLost"],
  ["a socket closed after the answer began", transport("UND_ERR_SOCKET", true), "connectionLost"],
  [
    "a per-call timeout",
    new RequestTimeoutError({ operation: "createProcess", timeout: 1 }),
    "timeout",
  ],
  ["500 INTERNAL_SERVER_ERROR", api(500, "INTERNAL_SERVER_ERROR"), "serverError"],
  ["504 TIMED_OUT on /rest", api(504, "TIMED_OUT"), "serverError"],
  ["a proxy's 502 without a vAPI body", api(502), "serverError"],
  [
    "UNABLE_TO_ALLOCATE_RESOURCE (program failed to start)",
    api(500, "UNABLE_TO_ALLOCATE_RESOURCE"),
    "failedToStart",
  ],
  ["404 NOT_FOUND", api(404, "NOT_FOUND"), "notFound"],
  ["a 404 without a vAPI body (used transfer URL)", api(404), "notFound"],
  ["400 INVALID_ARGUMENT", api(400, "INVALID_ARGUMENT"), "rejected"],
  ["400 NOT_ALLOWED_IN_CURRENT_STATE", api(400, "NOT_ALLOWED_IN_CURRENT_STATE"), "rejected"],
  ["403 UNAUTHORIZED", api(403, "UNAUTHORIZED"), "rejected"],
  [
    "a request refused before sending",
    new InvalidRequestError({ reason: "relativePath", operation: "createProcess", detail: "d" }),
    "invalidRequest",
  ],
  ["no VM of that name", new VmLookupError({ query: "x", matches: [] }), "vmNotResolved"],
  ["a 201 with an unreadable body", api(201), "malformedAnswer"],
  ["a caller's abort reason", new DOMException("aborted", "AbortError"), "unknown"],
  ["a plain string", "boom", "unknown"],
];

describe("failureKind", () => {
  test.each(examples)("reads %s as %s", (_what, error, kind) => {
    expect(failureKind(error)).toBe(kind);
  });
});

// The rule of docs/DESIGN.md, restated independently of the table: create is replayed only after
// failures that prove nothing ran, and is ambiguous when the outcome is unknown.
const createVerdicts: Record<FailureKind, string> = {
  sessionExpired: "retry",
  sessionNotRenewable: "fatal",
  busy: "retry",
  unavailable: "retry",
  notSent: "retry",
  connectionLost: "ambiguous",
  timeout: "ambiguous",
  serverError: "ambiguous",
  malformedAnswer: "ambiguous",
  loginRejected: "fatal",
  guestAuth: "fatal",
  hostNotFound: "fatal",
  tlsRejected: "fatal",
  failedToStart: "fatal",
  notFound: "fatal",
  rejected: "fatal",
  invalidRequest: "fatal",
  vmNotResolved: "fatal",
  unknown: "fatal",
};
const transient: ReadonlySet<FailureKind> = new Set([
  "sessionExpired",
  "busy",
  "unavailable",
  "notSent",
  "connectionLost",
  "timeout",
  "serverError",
]);
const others: RetryOperation[] = ["get", "list", "delete", "session", "vmLookup", "files"];

describe("RETRY_SAFETY", () => {
  test.each(examples)("classifies %s for create as the design says", (_what, error, kind) => {
    expect(classifyFailure("create", error)).toBe(createVerdicts[kind]);
    expect(classifyFailure("createProcess", error)).toBe(createVerdicts[kind]);
  });

  test.each(
    others.flatMap((op) => examples.map(([what, error, kind]) => [op, what, error, kind] as const)),
  )("lets %s retry after %s only when it is transient", (operation, _what, error, kind) => {
    expect(classifyFailure(operation, error)).toBe(transient.has(kind) ? "retry" : "fatal");
    expect(isRetryable(operation, error)).toBe(transient.has(kind));
  });

  // Found by the chaos suite (tests/reliability): a create whose session had expired re-logged in,
  // the login's connection was reset, and the create was reported "outcome unknown" although it
  // was never sent.
  test.each([
    [
      "a reset",
      new TransportError({
        code: "UND_ERR_SOCKET",
        operation: "login",
        requestSent: "unknown",
        summary: "s",
        advice: "a",
      }),
    ],
    ["a timeout", new RequestTimeoutError({ operation: "login", timeout: 1 })],
    [
      "a 500",
      new SessionError({
        status: 500,
        errorType: "INTERNAL_SERVER_ERROR",
        messages: [],
        operation: "login",
        summary: "s",
        advice: "a",
        reason: "loginFailed",
      }),
    ],
  ] as const)(
    "lets create retry after %s of the login it waited for (the create was never sent)",
    (_what, error) => {
      expect(classifyFailure("createProcess", error)).toBe("retry");
    },
  );

  test("never lets create retry after a failure whose outcome is unknown", () => {
    for (const kind of ["connectionLost", "timeout", "serverError", "malformedAnswer"] as const) {
      expect(RETRY_SAFETY[kind].create).toBe("ambiguous");
    }
  });

  test("has a verdict for every failure kind and operation class, and a class for every operation", () => {
    expect(Object.keys(RETRY_SAFETY).sort()).toEqual(Object.keys(createVerdicts).sort());
    expect(Object.keys(RETRY_OPERATION_OF).sort()).toEqual([...OPERATIONS].sort());
  });
});

describe("isDoneOnReplay", () => {
  test.each([
    ["deleteProcess", api(404, "NOT_FOUND"), true],
    ["delete", api(404, "NOT_FOUND"), true],
    ["deleteFile", api(404, "NOT_FOUND"), true],
    ["deleteProcess", api(500, "RESOURCE_BUSY"), false],
    ["getProcess", api(404, "NOT_FOUND"), false],
    ["createTemporaryFile", api(404, "NOT_FOUND"), false],
  ] as const)("says %s after %o is done: %s", (operation, error, done) => {
    expect(isDoneOnReplay(operation, error)).toBe(done);
  });
});
