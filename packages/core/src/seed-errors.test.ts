import { describe, expect, test } from "vitest";
import { statusFor } from "./error-status.js";
import { isVapiErrorType } from "./error-types.js";
import { parseVapiError } from "./parse-error-body.js";
import { CREATE_ERRORS, isSessionExpired, SESSION_AUTH_REQUIRED_ID } from "./seed-errors.js";

const entries = Object.entries(CREATE_ERRORS);

describe("CREATE_ERRORS", () => {
  // The /api column of the per-operation table, and the seed page's /rest column where the 7.0
  // swagger agrees with it (see the note on CREATE_ERRORS for the two 500s it disagrees on).
  test.each([
    ["INVALID_ARGUMENT", 400, 400],
    ["NOT_ALLOWED_IN_CURRENT_STATE", 400, 400],
    ["NOT_FOUND", 404, 404],
    ["RESOURCE_BUSY", 500, 400],
    ["SERVICE_UNAVAILABLE", 503, 503],
    ["UNABLE_TO_ALLOCATE_RESOURCE", 500, 400],
    ["UNAUTHENTICATED", 401, 401],
    ["UNAUTHORIZED", 403, 403],
    ["UNSUPPORTED", 400, 400],
  ] as const)("documents %s as %i on /api and %i on /rest", (errorType, api, rest) => {
    expect(CREATE_ERRORS[errorType].status).toEqual({ api, rest });
  });

  test("documents exactly the nine errors of the seed table", () => {
    expect(entries).toHaveLength(9);
  });

  test.each(entries)("keys %s by its own error type", (key, documented) => {
    expect(isVapiErrorType(key)).toBe(true);
    expect(documented.errorType).toBe(key);
    expect(documented.status).toEqual({
      api: statusFor(documented.errorType, "api"),
      rest: statusFor(documented.errorType, "rest"),
    });
  });

  test.each(entries)("gives %s a meaning and one-sentence advice", (_key, documented) => {
    expect(documented.meaning).toMatch(/^[A-Z].*\.$/);
    expect(documented.advice).toMatch(/^[A-Z].*\.$/);
  });

  test("tells the user to start Tools on SERVICE_UNAVAILABLE", () => {
    expect(CREATE_ERRORS.SERVICE_UNAVAILABLE.advice).toBe(
      "VMware Tools is not running: start Tools or wait for the guest to boot.",
    );
  });

  test("marks only busy and Tools-down as transient", () => {
    const transient = entries.filter(([, documented]) => documented.transient).map(([key]) => key);
    expect(transient.sort()).toEqual(["RESOURCE_BUSY", "SERVICE_UNAVAILABLE"]);
  });
});

describe("isSessionExpired", () => {
  const authRequired = {
    args: [],
    default_message: "Authentication required.",
    id: SESSION_AUTH_REQUIRED_ID,
  };

  test.each([
    ["the /api 401 body", { error_type: "UNAUTHENTICATED", messages: [authRequired] }],
    [
      "the /rest 401 body without error_type",
      { type: "com.vmware.vapi.std.errors.unauthenticated", value: { messages: [authRequired] } },
    ],
    [
      "the /api 401 body as text, with a challenge",
      JSON.stringify({
        error_type: "UNAUTHENTICATED",
        messages: [authRequired],
        challenge: 'Basic realm="VAPI endpoint"',
      }),
    ],
  ])("recognises %s as an expired session", (_label, body) => {
    expect(isSessionExpired(parseVapiError(401, body))).toBe(true);
  });

  test.each([
    [
      "guest credentials rejected (another message id)",
      401,
      {
        error_type: "UNAUTHENTICATED",
        messages: [
          { args: [], default_message: "Invalid guest credentials.", id: "vix.auth.failed" },
        ],
      },
    ],
    ["an UNAUTHENTICATED without messages", 401, { error_type: "UNAUTHENTICATED", messages: [] }],
    [
      "the session message on another status",
      403,
      { error_type: "UNAUTHENTICATED", messages: [authRequired] },
    ],
    [
      "the session message on another error type",
      401,
      { error_type: "UNAUTHORIZED", messages: [authRequired] },
    ],
    ["an empty 401", 401, undefined],
    ["an HTML 401", 401, "<html><body>401 Authorization Required</body></html>"],
  ])("does not take %s for an expired session", (_label, status, body) => {
    expect(isSessionExpired(parseVapiError(status, body))).toBe(false);
  });
});
