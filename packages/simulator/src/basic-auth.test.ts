import { describe, expect, test } from "vitest";
import { parseBasicAuth } from "./basic-auth.js";

const basic = (text: string) => `Basic ${Buffer.from(text).toString("base64")}`;

describe("parseBasicAuth", () => {
  test("reads user and password, keeping colons in the password", () => {
    expect(parseBasicAuth(basic("administrator@vsphere.local:pa:ss"))).toEqual({
      username: "administrator@vsphere.local",
      password: "pa:ss",
    });
  });

  test.each([undefined, "", "Bearer abc", basic("no-colon"), "Basic !!!"])(
    "rejects %s",
    (header) => {
      expect(parseBasicAuth(header)).toBeUndefined();
    },
  );
});
