import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ERROR_STATUS, errorTypeFromRestType, restTypeFor, statusFor } from "./error-status.js";
import { VAPI_ERROR_TYPES, type VapiErrorType } from "./error-types.js";

interface ReferenceRow {
  error_type: string;
  rest_type: string;
  api: number | null;
  rest: number;
}

// The shared reference table, when this checkout has it next to the repo (it does in CI and in
// development); the hand-written rows below hold the same facts so the tests never depend on it.
const referenceUrl = new URL(
  "../../../../shared/reference/vsphere-api/vapi-std-errors-http-status.json",
  import.meta.url,
);

function readReference(): ReferenceRow[] | undefined {
  try {
    return (JSON.parse(readFileSync(referenceUrl, "utf8")) as { errors: ReferenceRow[] }).errors;
  } catch {
    return undefined;
  }
}

const reference = readReference();

describe("statusFor", () => {
  test.each<[VapiErrorType, number, number]>([
    ["UNAUTHENTICATED", 401, 401],
    ["UNAUTHORIZED", 403, 403],
    ["NOT_FOUND", 404, 404],
    ["INVALID_ARGUMENT", 400, 400],
    ["NOT_ALLOWED_IN_CURRENT_STATE", 400, 400],
    ["UNSUPPORTED", 400, 400],
    ["RESOURCE_BUSY", 500, 400],
    ["UNABLE_TO_ALLOCATE_RESOURCE", 500, 400],
    ["RESOURCE_INACCESSIBLE", 500, 400],
    ["ERROR", 500, 400],
    ["INTERNAL_SERVER_ERROR", 500, 500],
    ["CONCURRENT_CHANGE", 409, 400],
    ["SERVICE_UNAVAILABLE", 503, 503],
    ["TIMED_OUT", 500, 504],
    ["INVALID_REQUEST", 400, 400],
    ["OPERATION_NOT_FOUND", 404, 404],
    ["UNEXPECTED_INPUT", 400, 400],
  ])("answers %s with %i on /api and %i on /rest", (errorType, api, rest) => {
    expect(statusFor(errorType, "api")).toBe(api);
    expect(statusFor(errorType, "rest")).toBe(rest);
  });

  test("has a status for every error type on both flavors", () => {
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...VAPI_ERROR_TYPES].sort());
    for (const errorType of VAPI_ERROR_TYPES) {
      expect(statusFor(errorType, "api")).toBeGreaterThanOrEqual(400);
      expect(statusFor(errorType, "rest")).toBeGreaterThanOrEqual(400);
    }
  });

  test.skipIf(reference === undefined)("agrees with every row of the reference table", () => {
    for (const row of reference ?? []) {
      const errorType = row.error_type as VapiErrorType;
      expect(ERROR_STATUS[errorType], row.error_type).toBeDefined();
      expect(statusFor(errorType, "rest"), row.error_type).toBe(row.rest);
      if (row.api !== null) expect(statusFor(errorType, "api"), row.error_type).toBe(row.api);
    }
  });
});

describe("restTypeFor", () => {
  test.each<[VapiErrorType, string]>([
    ["NOT_FOUND", "com.vmware.vapi.std.errors.not_found"],
    ["UNAUTHENTICATED", "com.vmware.vapi.std.errors.unauthenticated"],
    ["UNABLE_TO_ALLOCATE_RESOURCE", "com.vmware.vapi.std.errors.unable_to_allocate_resource"],
  ])("names %s as %s", (errorType, restType) => {
    expect(restTypeFor(errorType)).toBe(restType);
  });

  test.skipIf(reference === undefined)("matches the reference rest_type of every row", () => {
    for (const row of reference ?? []) {
      expect(restTypeFor(row.error_type as VapiErrorType)).toBe(row.rest_type);
    }
  });
});

describe("errorTypeFromRestType", () => {
  test.each(VAPI_ERROR_TYPES)("reads back %s from its /rest type", (errorType) => {
    expect(errorTypeFromRestType(restTypeFor(errorType))).toBe(errorType);
  });

  test.each([
    ["a bare error type", "NOT_FOUND"],
    ["an unknown std error", "com.vmware.vapi.std.errors.no_such_error"],
    ["another namespace", "com.vmware.vapi.rest.httpNotFound"],
    ["the prefix alone", "com.vmware.vapi.std.errors."],
    ["an empty string", ""],
    ["a number", 404],
    ["undefined", undefined],
  ])("returns undefined for %s", (_label, value) => {
    expect(errorTypeFromRestType(value)).toBeUndefined();
  });
});
