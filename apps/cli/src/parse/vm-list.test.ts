import { expect, test } from "vitest";
import { collectVms } from "./vm-list.js";

test("keeps --vm values in order and drops duplicates", () => {
  expect(collectVms(["web-01", "vm-42", "web-01"])).toEqual(["web-01", "vm-42"]);
});

test("adds one VM per line of --vms-from, skipping blanks and comments", () => {
  expect(collectVms(["a"], "b\n\n# the db\nc  # primary\r\na\n")).toEqual(["a", "b", "c"]);
});

test("refuses an empty list, saying how to name VMs", () => {
  expect(() => collectVms([], "\n# nothing\n")).toThrow(/no VM given: name one with --vm/);
});
