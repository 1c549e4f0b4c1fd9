import { describe, expect, it } from "vitest";
import { SIGNATURE_HEADER, signatureHeaders, TIMESTAMP_HEADER } from "./sign.mjs";

// Vectors computed independently of this code, with
//   printf '%s' '<payload>' | openssl dgst -sha256 -hmac 'example-secret'
// so a change in what is signed (separator, case, body bytes) cannot go unnoticed.
const SECRET = "example-secret";
const BODY = '{"vm":"vm-42","path":"/bin/echo","arguments":"hello"}';

describe("signatureHeaders", () => {
  it("signs timestamp, method, path and raw body as the webhook's v1 scheme", () => {
    const headers = signatureHeaders({
      secret: SECRET,
      method: "post",
      path: "/runs",
      body: BODY,
      timestamp: 1_700_000_000,
    });
    expect(headers).toEqual({
      [TIMESTAMP_HEADER]: "1700000000",
      [SIGNATURE_HEADER]: "v1=952d2684f199e354c2d1c166a92a69aae7663b150f300f6bef66e4a94f364173",
    });
  });

  it("signs a bodiless GET with its query string and an empty body", () => {
    const headers = signatureHeaders({
      secret: SECRET,
      method: "GET",
      path: "/runs/run_1?wait=1",
      timestamp: 1_700_000_000,
    });
    expect(headers[SIGNATURE_HEADER]).toBe(
      "v1=9d47b1a77421ea4992f0f176c73bb56e598d7466ece990694dcf657ea5284c41",
    );
  });

  it("gives another signature when one byte of the body changes", () => {
    const sign = (body: string) =>
      signatureHeaders({ secret: SECRET, method: "POST", path: "/runs", body, timestamp: 1 });
    expect(sign(BODY)[SIGNATURE_HEADER]).not.toBe(sign(`${BODY} `)[SIGNATURE_HEADER]);
  });

  it("stamps the current unix time in seconds by default", () => {
    const before = Math.floor(Date.now() / 1000);
    const headers = signatureHeaders({ secret: SECRET, method: "GET", path: "/runs" });
    const stamped = Number(headers[TIMESTAMP_HEADER]);
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(before + 1);
  });

  it.todo("is accepted by the real webhook app (apps/webhook has not landed yet)");
});
