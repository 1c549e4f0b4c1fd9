import { describe, expect, expectTypeOf, test } from "vitest";
import { isVapiErrorType, VAPI_ERROR_TYPES, type VapiErrorType } from "./error-types.js";

describe("VAPI_ERROR_TYPES", () => {
  test("lists the 25 standard error types once each", () => {
    expect(VAPI_ERROR_TYPES).toHaveLength(25);
    expect(new Set(VAPI_ERROR_TYPES).size).toBe(25);
  });

  test("types VapiErrorType as the exact names, not as string", () => {
    expectTypeOf<"NOT_FOUND">().toExtend<VapiErrorType>();
    expectTypeOf<"not_found">().not.toExtend<VapiErrorType>();
    expectTypeOf<string>().not.toExtend<VapiErrorType>();
  });
});

describe("isVapiErrorType", () => {
  test.each(VAPI_ERROR_TYPES)("accepts %s", (errorType) => {
    expect(isVapiErrorType(errorType)).toBe(true);
  });

  test.each([
    ["a lower-case name", "not_found"],
    ["a /rest type name", "com.vmware.vapi.std.errors.not_found"],
    ["an unknown name", "NOT_A_REAL_ERROR"],
    ["an empty string", ""],
    ["a number", 404],
    ["null", null],
    ["undefined", undefined],
    ["an object", { error_type: "NOT_FOUND" }],
    ["an inherited property name", "toString"],
  ])("rejects %s", (_label, value) => {
    expect(isVapiErrorType(value)).toBe(false);
  });

  test("narrows unknown input to VapiErrorType", () => {
    const value: unknown = "RESOURCE_BUSY";
    if (isVapiErrorType(value)) expectTypeOf(value).toEqualTypeOf<VapiErrorType>();
  });
});
