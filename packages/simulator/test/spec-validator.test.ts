import { describe, expect, test } from "vitest";
import { specOperationOf, validateResponse } from "./spec-validator.js";

const json = "application/json";
const create = new URL("http://sim/api/vcenter/vm/vm-1/guest/processes?action=create");

describe("the spec validator used by every test", () => {
  test("finds the spec operation of a request, action included", () => {
    expect(specOperationOf("POST", create)).toBe(
      "POST /api/vcenter/vm/{vm}/guest/processes?action=create",
    );
    expect(
      specOperationOf("POST", new URL("http://sim/rest/com/vmware/cis/session?~action=get")),
    ).toBe("POST /rest/com/vmware/cis/session?~action=get");
  });

  test("accepts a declared status with a matching body", () => {
    expect(() => validateResponse("POST", create, 201, json, "42")).not.toThrow();
  });

  test("fails loudly on a status the spec does not declare", () => {
    expect(() => validateResponse("POST", create, 200, json, "42")).toThrow(/not declared/);
  });

  test("fails on a body that does not match the schema", () => {
    expect(() => validateResponse("POST", create, 201, json, '"42"')).toThrow(/does not match/);
    const error = JSON.stringify({ error_type: "NOT_A_TYPE", messages: [] });
    expect(() => validateResponse("POST", create, 404, json, error)).toThrow(/does not match/);
  });

  test("fails on a body where the spec declares none, and on paths outside the spec", () => {
    const del = new URL("http://sim/api/vcenter/vm/vm-1/guest/processes/7?action=delete");
    expect(() => validateResponse("POST", del, 204, null, "{}")).toThrow(/declares no body/);
    expect(() => validateResponse("GET", new URL("http://sim/api/nope"), 200, json, "1")).toThrow(
      /not an operation/,
    );
  });
});
