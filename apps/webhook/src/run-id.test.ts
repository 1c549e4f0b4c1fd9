import { describe, expect, test } from "vitest";
import { deriveRunIdKey, type RunToken, signRunId, verifyRunId } from "./run-id.js";

const token: RunToken = {
  handle: '{"vm":"vm-7","pid":12}',
  deadline: 1_800_000_000_000,
  vm: { id: "vm-7", name: "web-01" },
  pid: 12,
  startedAt: "2026-01-01T00:00:00.000Z",
};

describe("run ids", () => {
  test("round-trip through sign and verify", async () => {
    const key = await deriveRunIdKey("s".repeat(32));
    const id = await signRunId(token, key);
    expect(id).toMatch(/^r1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(await verifyRunId(id, [key])).toEqual({ ok: true, token });
  });

  test("verify under any key of a rotation", async () => {
    const [old, fresh] = await Promise.all([
      deriveRunIdKey("o".repeat(32)),
      deriveRunIdKey("n".repeat(32)),
    ]);
    const id = await signRunId(token, old);
    expect((await verifyRunId(id, [fresh, old])).ok).toBe(true);
    expect((await verifyRunId(id, [fresh])).ok).toBe(false);
  });

  test("are not request signatures: the key is derived from the secret", async () => {
    const { importHmacKey } = await import("./hmac.js");
    const raw = await importHmacKey("s".repeat(32));
    const id = await signRunId(token, await deriveRunIdKey("s".repeat(32)));
    expect((await verifyRunId(id, [raw])).ok).toBe(false);
  });

  test("have one spelling: a MAC whose unused trailing bits are set is refused", async () => {
    const key = await deriveRunIdKey("s".repeat(32));
    const id = await signRunId(token, key);
    // 32 MAC bytes take 43 characters; the last one carries 4 bits and 2 unused ones, which atob
    // ignores. Flipping the lowest unused bit names the same bytes in a second spelling.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(id.at(-1) ?? "");
    const twin = id.slice(0, -1) + alphabet[last ^ 1];
    expect(await verifyRunId(twin, [key])).toMatchObject({
      ok: false,
      reason: "run id is malformed",
    });
  });

  test.each([
    ["", "malformed"],
    ["r1.abc", "malformed"],
    ["r2.e30.AAAA", "malformed"],
    ["r1.e30.!!!", "malformed"],
    ["r1.e30.AAAA", "malformed"],
    [`r1.e30.${"A".repeat(43)}`, "does not match"],
  ])("reject %j", async (id, reason) => {
    const key = await deriveRunIdKey("s".repeat(32));
    const check = await verifyRunId(id, [key]);
    expect(check).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });
});

describe("run ids carrying a JSON handle", () => {
  test("embed it as an object and give back the same text", async () => {
    const key = await deriveRunIdKey("s".repeat(32));
    const id = await signRunId(token, key);
    expect(atob(id.split(".")[1]?.replaceAll("-", "+").replaceAll("_", "/") ?? "")).toContain(
      '"handle":{"vm"',
    );
    const check = await verifyRunId(id, [key]);
    expect(check.ok && check.token.handle).toBe(token.handle);
  });

  test("keep a handle that is not JSON as text", async () => {
    const key = await deriveRunIdKey("s".repeat(32));
    const check = await verifyRunId(await signRunId({ ...token, handle: "opaque" }, key), [key]);
    expect(check.ok && check.token.handle).toBe("opaque");
  });
});
