import { parseVapiError } from "@guestops/core";
import { describe, expect, test } from "vitest";
import { renderError } from "./error-body.js";
import { VapiFault } from "./vapi-fault.js";

describe("renderError", () => {
  const busy = new VapiFault("RESOURCE_BUSY", "x.busy", "The VM is busy.");

  test("answers RESOURCE_BUSY with 500 and the /api body under /api", () => {
    expect(renderError(busy, "api")).toEqual({
      status: 500,
      body: {
        error_type: "RESOURCE_BUSY",
        messages: [{ id: "x.busy", default_message: "The VM is busy.", args: [] }],
      },
    });
  });

  test("answers RESOURCE_BUSY with 400 and the wrapped body under /rest", () => {
    const { status, body } = renderError(busy, "rest");
    expect(status).toBe(400);
    expect(body.type).toBe("com.vmware.vapi.std.errors.resource_busy");
    expect(body.value).toMatchObject({ error_type: "RESOURCE_BUSY" });
  });

  test("carries data, and core's parser reads both flavors back", () => {
    const fault = new VapiFault("NOT_FOUND", "x.nf", "gone", { data: { pid: 7 } });
    for (const flavor of ["api", "rest"] as const) {
      const { status, body } = renderError(fault, flavor);
      const parsed = parseVapiError(status, body);
      expect(parsed).toMatchObject({ status: 404, errorType: "NOT_FOUND", data: { pid: 7 } });
      expect(parsed.messages[0]?.id).toBe("x.nf");
    }
  });
});
