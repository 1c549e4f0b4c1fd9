import { describe, expect, expectTypeOf, test } from "vitest";
import type { VapiErrorType } from "./error-types.js";
import {
  BODY_EXCERPT_MESSAGE_ID,
  type ParsedVapiError,
  parseVapiError,
} from "./parse-error-body.js";

const AUTH_REQUIRED = {
  args: [],
  default_message: "Authentication required.",
  id: "com.vmware.vapi.endpoint.method.authentication.required",
};

const CHALLENGE =
  'Basic realm="VAPI endpoint",SIGN realm=27da8e2a,service="VAPI endpoint",sts="https://vc.example/sts/STSService"';

describe("parseVapiError on /api bodies", () => {
  test.each<[string, number, unknown, VapiErrorType]>([
    [
      "a NOT_FOUND for a missing VM",
      404,
      {
        error_type: "NOT_FOUND",
        messages: [
          {
            args: ["vm-42"],
            default_message: "Object vm-42 of type VirtualMachine was not found.",
            id: "com.vmware.api.vcenter.vm.not_found",
          },
        ],
      },
      "NOT_FOUND",
    ],
    [
      "a RESOURCE_BUSY on create",
      500,
      {
        error_type: "RESOURCE_BUSY",
        messages: [{ args: [], default_message: "The VM is busy.", id: "vix.busy" }],
      },
      "RESOURCE_BUSY",
    ],
    [
      "a SERVICE_UNAVAILABLE when Tools is down",
      503,
      {
        error_type: "SERVICE_UNAVAILABLE",
        messages: [
          { args: [], default_message: "VMware Tools is not running.", id: "vix.tools.down" },
        ],
      },
      "SERVICE_UNAVAILABLE",
    ],
  ])("reads %s", (_label, status, body, errorType) => {
    const parsed = parseVapiError(status, body);
    expect(parsed).toMatchObject({ status, errorType, flavor: "api" });
    expect(parsed.messages).toHaveLength(1);
  });

  test("reads the real-world expired-session 401 with its message id", () => {
    const body = { error_type: "UNAUTHENTICATED", messages: [AUTH_REQUIRED] };
    expect(parseVapiError(401, body)).toEqual({
      status: 401,
      errorType: "UNAUTHENTICATED",
      messages: [
        {
          id: "com.vmware.vapi.endpoint.method.authentication.required",
          defaultMessage: "Authentication required.",
          args: [],
        },
      ],
      data: undefined,
      flavor: "api",
    });
  });

  test("keeps the challenge of an UNAUTHENTICATED error", () => {
    const body = { error_type: "UNAUTHENTICATED", messages: [AUTH_REQUIRED], challenge: CHALLENGE };
    expect(parseVapiError(401, body).challenge).toBe(CHALLENGE);
  });

  test("keeps FileErrorDetails data as sent", () => {
    const data = { reason: "FILE_NOT_FOUND", file_path: "/usr/bin/nope" };
    const body = {
      error_type: "NOT_FOUND",
      messages: [{ args: ["/usr/bin/nope"], default_message: "File not found.", id: "x" }],
      data,
    };
    expect(parseVapiError(404, body).data).toEqual(data);
  });

  test("keeps ProcessErrorDetails data of a pid that is gone", () => {
    const body = { error_type: "NOT_FOUND", messages: [], data: { pid: 1234 } };
    expect(parseVapiError(404, body)).toMatchObject({
      errorType: "NOT_FOUND",
      data: { pid: 1234 },
    });
  });

  test("parses the raw response text the same way as the parsed JSON", () => {
    const body = { error_type: "UNAUTHENTICATED", messages: [AUTH_REQUIRED] };
    expect(parseVapiError(401, JSON.stringify(body))).toEqual(parseVapiError(401, body));
  });

  test("parses the response bytes the same way as the text", () => {
    const text = JSON.stringify({ error_type: "NOT_FOUND", messages: [] });
    expect(parseVapiError(404, new TextEncoder().encode(text))).toEqual(parseVapiError(404, text));
  });

  test("leaves errorType undefined for an error_type it does not know", () => {
    const parsed = parseVapiError(500, { error_type: "SOMETHING_NEW", messages: [] });
    expect(parsed).toMatchObject({ errorType: undefined, flavor: "api" });
  });

  test("does not guess errorType from the status", () => {
    expect(parseVapiError(404, { messages: [] }).errorType).toBeUndefined();
  });
});

describe("parseVapiError on /rest bodies", () => {
  test("reads the real-world expired-session 401 and infers UNAUTHENTICATED from its type", () => {
    const body = {
      type: "com.vmware.vapi.std.errors.unauthenticated",
      value: { messages: [AUTH_REQUIRED] },
    };
    expect(parseVapiError(401, body)).toEqual({
      status: 401,
      errorType: "UNAUTHENTICATED",
      messages: [
        {
          id: "com.vmware.vapi.endpoint.method.authentication.required",
          defaultMessage: "Authentication required.",
          args: [],
        },
      ],
      data: undefined,
      flavor: "rest",
    });
  });

  test.each<[string, number, unknown, VapiErrorType]>([
    [
      "the documented not_found example with error_type",
      404,
      {
        type: "com.vmware.vapi.std.errors.not_found",
        value: {
          messages: [{ args: [], default_message: "Not found.", id: "x.not_found" }],
          data: {},
          error_type: "NOT_FOUND",
        },
      },
      "NOT_FOUND",
    ],
    [
      "the 7.0 error-structure example with dynamic_structure data and list params",
      400,
      {
        type: "com.vmware.vapi.std.errors.error",
        value: {
          data: { "@class": "dynamic_structure" },
          error_type: "ERROR",
          messages: [
            {
              args: ["a"],
              default_message: "Something failed.",
              id: "x.error",
              params: [{ key: "k", value: { s: "v" } }],
            },
          ],
        },
      },
      "ERROR",
    ],
    [
      "a 6.7-style operation_not_found without error_type",
      404,
      {
        type: "com.vmware.vapi.std.errors.operation_not_found",
        value: { data: {}, messages: [{ args: [], default_message: "No op.", id: "x.op" }] },
      },
      "OPERATION_NOT_FOUND",
    ],
    [
      "a resource_busy on the tech-preview create",
      400,
      {
        type: "com.vmware.vapi.std.errors.resource_busy",
        value: { messages: [{ args: [], default_message: "Busy.", id: "x.busy" }] },
      },
      "RESOURCE_BUSY",
    ],
  ])("reads %s", (_label, status, body, errorType) => {
    const parsed = parseVapiError(status, body);
    expect(parsed).toMatchObject({ status, errorType, flavor: "rest" });
    expect(parsed.messages).toHaveLength(1);
  });

  test("prefers the value's error_type over the type name", () => {
    const body = {
      type: "com.vmware.vapi.std.errors.error",
      value: { error_type: "RESOURCE_BUSY", messages: [] },
    };
    expect(parseVapiError(400, body).errorType).toBe("RESOURCE_BUSY");
  });

  test("keeps the data of the value", () => {
    const body = {
      type: "com.vmware.vapi.std.errors.not_found",
      value: { messages: [], data: { "@class": "dynamic_structure" } },
    };
    expect(parseVapiError(404, body).data).toEqual({ "@class": "dynamic_structure" });
  });

  test("reads a type with no value as a /rest error without messages", () => {
    const body = { type: "com.vmware.vapi.std.errors.service_unavailable" };
    expect(parseVapiError(503, body)).toEqual({
      status: 503,
      errorType: "SERVICE_UNAVAILABLE",
      messages: [],
      data: undefined,
      flavor: "rest",
    });
  });

  test("reads an unknown /rest type as a /rest error without errorType", () => {
    const body = {
      type: "com.vmware.vapi.rest.httpNotFound",
      value: { messages: [{ args: [], default_message: "Not found.", id: "x" }] },
    };
    expect(parseVapiError(404, body)).toMatchObject({ errorType: undefined, flavor: "rest" });
  });
});

describe("parseVapiError on bodies that are not vAPI errors", () => {
  test.each<[string, unknown]>([
    ["undefined", undefined],
    ["an empty string", ""],
    ["whitespace", "  \n\t "],
    ["an empty JSON string", '""'],
    ["empty bytes", new Uint8Array()],
  ])("gives an unknown error with no messages for %s", (_label, body) => {
    expect(parseVapiError(502, body)).toEqual({
      status: 502,
      errorType: undefined,
      messages: [],
      data: undefined,
      flavor: "unknown",
    });
  });

  test.each<[string, unknown]>([
    ["JSON null", "null"],
    ["null", null],
    ["a JSON array", "[1,2,3]"],
    ["an array", [{ error_type: "NOT_FOUND" }]],
    ["a JSON number", "42"],
    ["a number", 42],
    ["a boolean", true],
    ["an object of another API", { error: "Not Found", statusCode: 404 }],
    ["an empty object", {}],
  ])("keeps %s as data of an unknown error", (_label, body) => {
    const parsed = parseVapiError(500, body);
    expect(parsed).toMatchObject({ errorType: undefined, messages: [], flavor: "unknown" });
    expect(parsed.data).toEqual(typeof body === "string" ? JSON.parse(body) : body);
  });

  test("keeps a short excerpt of an HTML error page without its tags", () => {
    const html =
      "<html><head><title>503 Service Unavailable</title></head>\n<body><h1>Service Unavailable</h1></body></html>";
    expect(parseVapiError(503, html)).toEqual({
      status: 503,
      errorType: undefined,
      messages: [
        {
          id: BODY_EXCERPT_MESSAGE_ID,
          defaultMessage: "503 Service Unavailable Service Unavailable",
          args: [],
        },
      ],
      data: undefined,
      flavor: "unknown",
    });
  });

  test("truncates a long text body to 200 characters and an ellipsis", () => {
    const parsed = parseVapiError(500, `oops ${"x".repeat(5000)}`);
    expect(parsed.messages[0]?.defaultMessage).toHaveLength(201);
    expect(parsed.messages[0]?.defaultMessage.endsWith("…")).toBe(true);
  });

  test("keeps truncated JSON as a text excerpt", () => {
    const parsed = parseVapiError(500, '{"error_type":"NOT_FOUND","messa');
    expect(parsed).toMatchObject({ errorType: undefined, flavor: "unknown" });
    expect(parsed.messages[0]).toEqual({
      id: BODY_EXCERPT_MESSAGE_ID,
      defaultMessage: '{"error_type":"NOT_FOUND","messa',
      args: [],
    });
  });

  test("keeps a JSON string body as a text excerpt", () => {
    expect(parseVapiError(500, '"Internal error"').messages).toEqual([
      { id: BODY_EXCERPT_MESSAGE_ID, defaultMessage: "Internal error", args: [] },
    ]);
  });

  test("gives no message for a body that is only tags", () => {
    expect(parseVapiError(500, "<html></html>").messages).toEqual([]);
  });
});

describe("parseVapiError on malformed vAPI bodies", () => {
  test("skips message entries that are not objects or have neither id nor text", () => {
    const body = {
      error_type: "NOT_FOUND",
      messages: [
        null,
        "text",
        42,
        [],
        {},
        { id: 7, default_message: false },
        { id: "kept.id" },
        { default_message: "kept text" },
        { id: "full", default_message: "Full.", args: ["a", 1, true, null, { x: 1 }] },
      ],
    };
    expect(parseVapiError(404, body).messages).toEqual([
      { id: "kept.id", defaultMessage: "", args: [] },
      { id: "", defaultMessage: "kept text", args: [] },
      { id: "full", defaultMessage: "Full.", args: ["a", "1", "true"] },
    ]);
  });

  test.each<[string, unknown]>([
    ["messages as an object", { error_type: "NOT_FOUND", messages: { id: "x" } }],
    ["messages as a string", { error_type: "NOT_FOUND", messages: "Not found" }],
    ["messages as null", { error_type: "NOT_FOUND", messages: null }],
    ["no messages", { error_type: "NOT_FOUND" }],
  ])("reads %s as no messages", (_label, body) => {
    expect(parseVapiError(404, body)).toMatchObject({
      errorType: "NOT_FOUND",
      messages: [],
      flavor: "api",
    });
  });

  test.each<[string, unknown]>([
    ["error_type as a number", { error_type: 404, messages: [] }],
    ["error_type in lower case", { error_type: "not_found", messages: [] }],
    ["error_type as null", { error_type: null, messages: [] }],
  ])("leaves errorType undefined for %s", (_label, body) => {
    expect(parseVapiError(404, body)).toMatchObject({ errorType: undefined, flavor: "api" });
  });

  test("ignores a challenge that is not a string", () => {
    const parsed = parseVapiError(401, {
      error_type: "UNAUTHENTICATED",
      messages: [],
      challenge: 1,
    });
    expect(parsed).not.toHaveProperty("challenge");
  });

  test("reads a /rest value that is not an object as no messages", () => {
    const body = { type: "com.vmware.vapi.std.errors.not_found", value: "gone" };
    expect(parseVapiError(404, body)).toMatchObject({
      errorType: "NOT_FOUND",
      messages: [],
      flavor: "rest",
    });
  });
});

describe("parseVapiError never throws", () => {
  const throwingGetter = Object.defineProperty({}, "error_type", {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  test.each<[string, unknown]>([
    ["an object whose getter throws", throwingGetter],
    ["a revoked proxy", revoked.proxy],
    ["a symbol", Symbol("x")],
    ["a function", () => 1],
    ["a bigint", 10n],
    ["an object with a null prototype", Object.create(null)],
    ["a deeply nested array", JSON.parse(`${"[".repeat(1000)}${"]".repeat(1000)}`)],
    ["invalid UTF-8 bytes", new Uint8Array([0xff, 0xfe, 0xfd])],
  ])("for %s", (_label, body) => {
    expect(() => parseVapiError(500, body)).not.toThrow();
    expect(parseVapiError(500, body).errorType).toBeUndefined();
  });

  test("returns the declared shape", () => {
    expectTypeOf(parseVapiError(500, undefined)).toEqualTypeOf<ParsedVapiError>();
    expectTypeOf<ParsedVapiError["errorType"]>().toEqualTypeOf<VapiErrorType | undefined>();
  });
});
