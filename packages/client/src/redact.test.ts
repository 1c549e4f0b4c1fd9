import { describe, expect, test } from "vitest";
import { REDACTED, redactBody, redactHeaders, safeUrl, scrubText, scrubValue } from "./redact.js";

describe("redaction helpers", () => {
  test("scrubs every secret and its URL-encoded form from text", () => {
    expect(scrubText("a p@ss:w0rd b p%40ss%3Aw0rd", ["p@ss:w0rd"])).toBe(
      `a ${REDACTED} b ${REDACTED}`,
    );
  });

  test("leaves secrets shorter than 4 characters alone rather than mangle the text", () => {
    expect(scrubText("createProcess failed", ["e"])).toBe("createProcess failed");
  });

  test("scrubs strings deep inside values", () => {
    expect(scrubValue({ a: ["x secret-1 y", { b: "secret-1" }], n: 1 }, ["secret-1"])).toEqual({
      a: [`x ${REDACTED} y`, { b: REDACTED }],
      n: 1,
    });
  });

  test("replaces password and saml_token fields of a body, however deep", () => {
    expect(
      redactBody({
        credentials: { password: "p", saml_token: "t", user_name: "root" },
        spec: { path: "/x" },
      }),
    ).toEqual({
      credentials: { password: REDACTED, saml_token: REDACTED, user_name: "root" },
      spec: { path: "/x" },
    });
  });

  test("replaces the values of environment_variables in both flavors' shapes, keeping the names", () => {
    expect(
      redactBody({ spec: { environment_variables: { TOKEN: "t0k3n", HOME: "/root" } } }),
    ).toEqual({ spec: { environment_variables: { TOKEN: REDACTED, HOME: REDACTED } } });
    expect(
      redactBody({ spec: { environment_variables: [{ key: "TOKEN", value: "t0k3n" }] } }),
    ).toEqual({ spec: { environment_variables: [{ key: "TOKEN", value: REDACTED }] } });
  });

  test("replaces the authorization and session headers", () => {
    const headers = new Headers({
      authorization: "Basic x",
      "vmware-api-session-id": "s",
      accept: "application/json",
    });
    expect(redactHeaders(headers)).toEqual({
      accept: "application/json",
      authorization: REDACTED,
      "vmware-api-session-id": REDACTED,
    });
  });

  test.each([
    ["https://user:pass@vc.example.com/api/session", "https://vc.example.com/api/session"],
    [
      "https://vc.example.com/guestFile?id=1&token=abc",
      `https://vc.example.com/guestFile?id=1&token=${REDACTED}`,
    ],
    [
      "https://vc.example.com/api/vcenter/vm?names=a@b",
      "https://vc.example.com/api/vcenter/vm?names=a@b",
    ],
  ])("makes %s safe to print as %s", (url, safe) => {
    expect(safeUrl(url)).toBe(safe);
  });
});
