import { describe, expect, test } from "vitest";
import { parseTarget } from "./parse-target.js";

describe("parseTarget", () => {
  test.each([
    ["vc.example.com", "https://vc.example.com", "vc.example.com"],
    ["vc.example.com:8443", "https://vc.example.com:8443", "vc.example.com:8443"],
    ["https://vc.example.com/", "https://vc.example.com", "vc.example.com"],
    ["https://vc.example.com:443", "https://vc.example.com", "vc.example.com"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080", "127.0.0.1:8080"],
    ["https://vc.example.com/sdk", "https://vc.example.com", "vc.example.com"],
    ["  [::1]:9443  ", "https://[::1]:9443", "[::1]:9443"],
  ])("reads %j as base %s (host %s)", (input, baseUrl, host) => {
    expect(parseTarget(input)).toMatchObject({ baseUrl, host });
  });

  test("takes govc-style credentials out of the URL, decoded", () => {
    const target = parseTarget(
      "https://administrator%40vsphere.local:p%40ss%3Aword@vc.example.com/sdk",
    );
    expect(target).toEqual({
      baseUrl: "https://vc.example.com",
      host: "vc.example.com",
      protocol: "https:",
      username: "administrator@vsphere.local",
      password: "p@ss:word",
    });
  });

  test.each([["ftp://vc.example.com"], [""], ["https://"], ["https://user:pa ss@"]])(
    "refuses %j without quoting it",
    (input) => {
      expect(() => parseTarget(input)).toThrow(
        expect.objectContaining({ name: "InvalidRequestError" }),
      );
    },
  );

  test("does not put a password of an unusable URL into the error", () => {
    let message = "";
    try {
      parseTarget("ftp://user:hunter22secret@vc");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      "createClient: the url option must use https (or http): pass a vCenter host name or an https:// URL",
    );
  });
});
