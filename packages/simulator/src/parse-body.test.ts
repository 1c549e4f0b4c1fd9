import { describe, expect, test } from "vitest";
import { parseBody } from "./parse-body.js";
import { apiCreateBody, restCreateBody } from "./request-schemas.js";
import { isVapiFault } from "./vapi-fault.js";

const credentials = { interactive_session: false, type: "USERNAME_PASSWORD", user_name: "root" };
const body = (value: unknown) => Buffer.from(JSON.stringify(value));

function failure(run: () => unknown): { errorType: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isVapiFault(error)) return { errorType: error.errorType, message: error.message };
    throw error;
  }
  throw new Error("did not throw");
}

describe("parseBody", () => {
  test("accepts a valid /api create body and treats null optionals as unset", () => {
    const parsed = parseBody(
      apiCreateBody,
      body({ credentials, spec: { path: "/bin/true", arguments: null } }),
    );
    expect(parsed.spec).toEqual({ path: "/bin/true", arguments: undefined });
  });

  test.each([
    ["an empty body", Buffer.from("")],
    ["malformed JSON", Buffer.from("{")],
    ["a missing spec", body({ credentials })],
    ["a path of the wrong type", body({ credentials, spec: { path: 1 } })],
    [
      "an unknown credentials type",
      body({ credentials: { ...credentials, type: "KERBEROS" }, spec: { path: "/x" } }),
    ],
    [
      "environment as a list on /api",
      body({ credentials, spec: { path: "/x", environment_variables: [] } }),
    ],
  ])("answers INVALID_ARGUMENT for %s", (_label, raw) => {
    expect(failure(() => parseBody(apiCreateBody, raw)).errorType).toBe("INVALID_ARGUMENT");
  });

  test("names the failing field", () => {
    const { message } = failure(() =>
      parseBody(restCreateBody, body({ credentials, spec: { path: "/x" } })),
    );
    expect(message).toContain("spec.environment_variables");
  });
});
