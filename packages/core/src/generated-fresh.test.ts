import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain .mjs script without type declarations
import { findStaleTypes } from "../scripts/generate-types.mjs";

describe("generated types", () => {
  it("match spec/openapi.yaml (run `pnpm generate` after changing the spec)", async () => {
    const stale: string | undefined = await findStaleTypes();
    expect(stale, stale).toBeUndefined();
  }, 60_000);
});
