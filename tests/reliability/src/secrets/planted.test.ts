import { describe, expect, test } from "vitest";
import { findSecrets, PLANTED, VC_USER } from "./planted.ts";

describe("the secret finder", () => {
  test("finds a secret as is, url-encoded, in a Basic header and inside a base64url blob", () => {
    expect(findSecrets(`x ${PLANTED.guestPassword} y`)).toContain("guestPassword");
    const basic = Buffer.from(`${VC_USER}:${PLANTED.vcenterPassword}`).toString("base64");
    expect(findSecrets(`authorization: Basic ${basic}`)).toContain(
      `base64(${VC_USER}:${PLANTED.vcenterPassword})`,
    );
    const blob = Buffer.from(JSON.stringify({ handle: { pw: PLANTED.samlToken } })).toString(
      "base64url",
    );
    expect(findSecrets(`{"id":"${blob}"}`)).toContain("samlToken");
  });

  test("finds nothing in clean text", () => {
    expect(findSecrets("exited with code 0; vm-101; [redacted]")).toEqual([]);
  });
});
