import { expect, test } from "vitest";
import { parseVcenterUrl } from "./vcenter-url.js";

test.each([
  ["vc.example.com", { url: "https://vc.example.com" }],
  ["vc.example.com:8443", { url: "https://vc.example.com:8443" }],
  ["https://vc.example.com/sdk", { url: "https://vc.example.com" }],
  ["https://vc.example.com/", { url: "https://vc.example.com" }],
  ["http://127.0.0.1:8989", { url: "http://127.0.0.1:8989" }],
  ["https://[::1]:8443/sdk", { url: "https://[::1]:8443" }],
  ["root@vc", { url: "https://vc", username: "root" }],
  [
    "user:pa%40ss@vc.example.com",
    { url: "https://vc.example.com", username: "user", password: "pa@ss" },
  ],
  [
    "administrator@vsphere.local:p:w@vc/sdk",
    { url: "https://vc", username: "administrator@vsphere.local", password: "p:w" },
  ],
])("reads %j", (text, parsed) => {
  expect(parseVcenterUrl(text, "--url")).toEqual(parsed);
});

test.each(["", "https://", "ftp://vc", "vc example", "user:secret@"])(
  "rejects %j without repeating any password",
  (text) => {
    expect(() => parseVcenterUrl(text, "GOVC_URL")).toThrow(/GOVC_URL/);
    try {
      parseVcenterUrl(text, "GOVC_URL");
    } catch (error) {
      expect(String(error)).not.toContain("secret");
    }
  },
);
