import { describe, expect, test } from "vitest";
import { createTransferStore } from "./transfers.js";

const fields = {
  vm: "vm-1",
  path: "/x",
  direction: "download",
  size: 0,
  permissions: undefined,
} as const;

describe("createTransferStore", () => {
  test("finds a transfer by id and token until it is consumed", () => {
    const store = createTransferStore(1000);
    const transfer = store.create(fields);
    expect(store.find(transfer.id, transfer.token)).toBe(transfer);
    expect(store.find(transfer.id, "wrong")).toBeUndefined();
    store.consume(transfer.id);
    expect(store.find(transfer.id, transfer.token)).toBeUndefined();
  });

  test("forgets a transfer once its validity ends", () => {
    let clock = 0;
    const store = createTransferStore(1000, () => clock);
    const transfer = store.create(fields);
    clock = 999;
    expect(store.find(transfer.id, transfer.token)).toBeDefined();
    clock = 1000;
    expect(store.find(transfer.id, transfer.token)).toBeUndefined();
  });
});
