import { expect, test } from "vitest";
import { formatTable } from "./table.js";

test("aligns columns and leaves the last one unpadded", () => {
  expect(
    formatTable(
      ["NAME", "POWER"],
      [
        ["web-01", "POWERED_ON"],
        ["db", "OFF"],
      ],
    ),
  ).toBe("NAME    POWER\nweb-01  POWERED_ON\ndb      OFF\n");
});
