import { describe, expect, test } from "vitest";
import { actionOf } from "./action-of.js";

describe("actionOf", () => {
  test.each([
    [
      "VMware Tools is not running: start Tools or wait for the guest to boot.",
      "start Tools or wait for the guest to boot",
    ],
    ["Check the VM identifier (e.g. vm-42).", "check the VM identifier (e.g. vm-42)"],
    ["Upgrade VMware Tools in the guest.", "upgrade VMware Tools in the guest"],
    ["The VM is busy: VM owners should wait.", "VM owners should wait"],
  ])("takes the action of %j", (advice, action) => {
    expect(actionOf(advice)).toBe(action);
  });
});
