import { describe, expect, test } from "vitest";
import { readBody } from "./read-body.js";

describe("readBody", () => {
  test("refuses a declared length over the limit without reading", async () => {
    const request = new Request("http://x/", {
      method: "POST",
      body: "12345",
      headers: { "content-length": "5" },
    });
    expect(await readBody(request, 4)).toEqual({
      ok: false,
      reason: "body is larger than 4 bytes",
    });
    expect(request.bodyUsed).toBe(false);
  });

  test("reads a body up to the limit", async () => {
    const request = new Request("http://x/", { method: "POST", body: "1234" });
    const read = await readBody(request, 4);
    expect(read.ok && new TextDecoder().decode(read.body)).toBe("1234");
  });

  test("reads no body as empty", async () => {
    const read = await readBody(new Request("http://x/"));
    expect(read.ok && read.body.length).toBe(0);
  });
});
