// parseVapiError reads whatever a vCenter, a proxy or a broken connection sends back: it must
// never throw, and must always answer in its documented shape.
import { type ParsedVapiError, parseVapiError } from "@guestops/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { scaled } from "../src/scale.ts";

const ERROR_TYPES = [
  "NOT_FOUND",
  "RESOURCE_BUSY",
  "SERVICE_UNAVAILABLE",
  "UNAUTHENTICATED",
  "bogus",
  "",
];

/** Values shaped almost like vAPI error bodies of both flavors, with every field's type varied. */
const anyValue = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBoxedValues: true,
});
const message = fc.record(
  {
    id: fc.oneof(fc.string(), anyValue),
    default_message: fc.oneof(fc.string(), anyValue),
    args: fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), anyValue)), anyValue),
  },
  { requiredKeys: [] },
);
const apiBody = fc.record(
  {
    error_type: fc.oneof(fc.constantFrom(...ERROR_TYPES), anyValue),
    messages: fc.oneof(fc.array(message), anyValue),
    data: anyValue,
    challenge: fc.oneof(fc.string(), anyValue),
  },
  { requiredKeys: [] },
);
const restBody = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom(...ERROR_TYPES.map((t) => `com.vmware.vapi.std.errors.${t.toLowerCase()}`)),
      fc.string(),
      anyValue,
    ),
    value: fc.oneof(apiBody, anyValue),
  },
  { requiredKeys: [] },
);
const bodies = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.uint8Array({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 100 }).map((bytes) => bytes.buffer),
  fc.jsonValue(),
  fc.json(),
  apiBody,
  restBody,
  apiBody.map(
    (body) => JSON.stringify(body, (_k, v) => (typeof v === "bigint" ? String(v) : v)) ?? "",
  ),
  restBody.map((body) => {
    const text = JSON.stringify(body, (_k, v) => (typeof v === "bigint" ? String(v) : v)) ?? "";
    return text.slice(0, Math.floor(text.length / 2)); // a body cut off mid-way
  }),
  anyValue,
  fc.constant(undefined),
);

function checkShape(parsed: ParsedVapiError, status: number): void {
  expect(parsed.status).toBe(status);
  expect(["api", "rest", "unknown"]).toContain(parsed.flavor);
  expect(parsed.errorType === undefined || typeof parsed.errorType === "string").toBe(true);
  expect(Array.isArray(parsed.messages)).toBe(true);
  for (const m of parsed.messages) {
    expect(typeof m.id).toBe("string");
    expect(typeof m.defaultMessage).toBe("string");
    for (const arg of m.args) expect(typeof arg).toBe("string");
  }
}

describe("parseVapiError", () => {
  test("never throws and always answers in its shape, whatever the body", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), bodies, (status, body) => {
        checkShape(parseVapiError(status, body), status);
      }),
      { numRuns: scaled(4_000, 200_000) },
    );
  });

  test("never throws on hostile objects (throwing getters, revoked proxies, trapping proxies)", () => {
    // Built inside the property: fast-check itself would trip over such values while cloning.
    const hostile = (kind: string, key: string): object => {
      if (kind === "getter") {
        return Object.defineProperty({ messages: [] }, key, {
          enumerable: true,
          get() {
            throw new Error("boom");
          },
        });
      }
      if (kind === "revoked") {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      }
      const trap = () => {
        throw new Error("trap");
      };
      return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
    };
    fc.assert(
      fc.property(
        fc.constantFrom("getter", "revoked", "trap"),
        fc.constantFrom("error_type", "messages", "type", "value", "data", "challenge"),
        fc.constantFrom("root", "value", "message"),
        (kind, key, where) => {
          const evil = hostile(kind, key);
          const body =
            where === "root"
              ? evil
              : where === "value"
                ? { type: "x", value: evil }
                : { messages: [evil] };
          checkShape(parseVapiError(500, body), 500);
        },
      ),
      { numRuns: scaled(500, 5_000) },
    );
  });
});
