import { expect, test } from "vitest";
import { createPalette } from "./color.js";
import { createFleetTally } from "./fleet-tally.js";

const plain = createPalette({ isTTY: false }, {});

test("says all VMs exited 0 when they did", () => {
  const tally = createFleetTally();
  tally.add("web-01", { vm: "vm-1", status: "exited", exitCode: 0 });
  tally.add("web-02", { vm: "vm-2", status: "exited", exitCode: 0 });
  expect(tally.summary(plain)).toBe("guestops: 2 VMs: all 2 exited 0\n");
  expect(tally.failed).toBe(0);
});

test("lists which VMs failed and why", () => {
  const tally = createFleetTally({ timeoutMs: 2000 });
  tally.add("web-01", { vm: "vm-1", status: "exited", exitCode: 0 });
  tally.add("web-02", { vm: "vm-2", status: "exited", exitCode: 3 });
  tally.add("db-01", { vm: "vm-3", status: "timed_out" });
  tally.add("nope", { vm: "nope", status: "failed_to_start", error: new Error("no such VM") });
  expect(tally.summary(plain)).toBe(
    [
      "guestops: 4 VMs: 1 exited 0, 3 failed",
      "  web-02: exit 3",
      "  db-01: timed out after 2s (terminated)",
      "  nope: did not start: no such VM",
      "",
    ].join("\n"),
  );
  expect(tally.total).toBe(4);
  expect(tally.failed).toBe(3);
});
