import { signRequest } from "@guestops/webhook";
import { expect, test } from "vitest";
import { signSync } from "./sign.ts";

test("signs exactly as the webhook's signRequest does", async () => {
  const input = {
    secret: "s".repeat(40),
    timestamp: 1_767_225_600,
    method: "post",
    path: "/runs?x=1",
    body: '{"vm":"é"}',
  };
  expect(signSync(input.secret, input.timestamp, input.method, input.path, input.body)).toBe(
    await signRequest(input),
  );
});
