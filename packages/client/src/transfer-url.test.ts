import { describe, expect, test } from "vitest";
import { parseTarget } from "./parse-target.js";
import { resolveTransferUrl } from "./transfer-url.js";

describe("resolveTransferUrl", () => {
  const star = "https://*";
  test.each([
    [
      "vc.example.com",
      `${star}/guestFile?id=1&token=t`,
      "https://vc.example.com/guestFile?id=1&token=t",
    ],
    [
      "vc.example.com:8443",
      `${star}/guestFile?id=1&token=t`,
      "https://vc.example.com:8443/guestFile?id=1&token=t",
    ],
    ["http://127.0.0.1:3000", `${star}/guestFile?id=1`, "http://127.0.0.1:3000/guestFile?id=1"],
    [
      "vc.example.com:8443",
      `${star}:9443/guestFile?id=1`,
      "https://vc.example.com:9443/guestFile?id=1",
    ],
    [
      "vc.example.com",
      "https://esx-07.example.com/guestFile?id=1",
      "https://esx-07.example.com/guestFile?id=1",
    ],
    ["vc.example.com", "https://*.example.com/x", "https://*.example.com/x"],
  ])("with vCenter at %s, turns %s into %s", (vcenter, url, expected) => {
    expect(resolveTransferUrl(url, parseTarget(vcenter))).toBe(expected);
  });
});
