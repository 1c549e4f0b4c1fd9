import { describe, expect, test } from "vitest";
import { fromHex, importHmacKey } from "./hmac.js";
import { signedPayload, signRequest, verifySignature } from "./signature.js";

describe("signRequest", () => {
  // Vectors from examples/webhook-client, computed with `openssl dgst -sha256 -hmac`.
  test("signs timestamp, upper-case method, path and raw body like openssl does", async () => {
    const body = '{"vm":"vm-42","path":"/bin/echo","arguments":"hello"}';
    const signature = await signRequest({
      secret: "example-secret",
      timestamp: 1_700_000_000,
      method: "post",
      path: "/runs",
      body,
    });
    expect(signature).toBe("v1=952d2684f199e354c2d1c166a92a69aae7663b150f300f6bef66e4a94f364173");
  });

  test("signs a GET with its query string and an empty body", async () => {
    const signature = await signRequest({
      secret: "example-secret",
      timestamp: 1_700_000_000,
      method: "GET",
      path: "/runs/run_1?wait=1",
    });
    expect(signature).toBe("v1=9d47b1a77421ea4992f0f176c73bb56e598d7466ece990694dcf657ea5284c41");
  });

  test("keeps body bytes that are not UTF-8 exactly", () => {
    const payload = signedPayload("1", "post", "/p", new Uint8Array([0xff, 0x00]));
    expect([...payload.slice(-2)]).toEqual([0xff, 0x00]);
    expect(new TextDecoder().decode(payload.slice(0, -2))).toBe("1.POST./p.");
  });
});

describe("verifySignature", () => {
  test("accepts an upper-case hex signature and reports the MAC in lower case", async () => {
    const key = await importHmacKey("example-secret");
    const signature = await signRequest({
      secret: "example-secret",
      timestamp: 1000,
      method: "GET",
      path: "/runs",
    });
    const check = await verifySignature({
      keys: [key],
      timestamp: "1000",
      signature: signature.toUpperCase().replace("V1=", "v1="),
      method: "GET",
      path: "/runs",
      body: new Uint8Array(),
      now: 1_000_000,
    });
    expect(check).toEqual({ ok: true, mac: signature.slice(3) });
  });

  test("tries every key of a rotation", async () => {
    const keys = await Promise.all(["a", "b", "c"].map((secret) => importHmacKey(secret)));
    const signature = await signRequest({ secret: "c", timestamp: 1, method: "GET", path: "/" });
    const check = await verifySignature({
      keys,
      timestamp: "1",
      signature,
      method: "GET",
      path: "/",
      body: new Uint8Array(),
      now: 1000,
    });
    expect(check.ok).toBe(true);
  });

  test("reads hex only when it is whole bytes", () => {
    expect(fromHex("0g")).toBeUndefined();
    expect(fromHex("abc")).toBeUndefined();
    expect([...(fromHex("00ff") ?? [])]).toEqual([0, 255]);
  });
});
