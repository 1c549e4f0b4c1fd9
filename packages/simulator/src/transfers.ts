import { randomBytes } from "node:crypto";
import { secretEquals } from "./secret-equals.js";

/** A pending transfer URL. */
export interface Transfer {
  readonly id: string;
  readonly token: string;
  readonly vm: string;
  /** Host path of the guest file (already confined to the VM's directory). */
  readonly path: string;
  /** Download (GET) or upload (PUT, exactly `size` bytes). */
  readonly direction: "download" | "upload";
  readonly size: number;
  /** Upload: octal permissions to set, e.g. "0644". */
  readonly permissions: string | undefined;
  readonly expiresAt: number;
}

/** Transfer URLs: single use (once a request succeeded), valid for `ttlMs`. */
export interface TransferStore {
  create(fields: Omit<Transfer, "id" | "token" | "expiresAt">): Transfer;
  /** The live transfer of an id and token; undefined when unknown, used, expired or mismatched. */
  find(id: string | null, token: string | null): Transfer | undefined;
  /** Marks a transfer used: the URL answers 404 from now on. */
  consume(id: string): void;
}

/** Creates the transfer store. */
export function createTransferStore(ttlMs: number, now: () => number = Date.now): TransferStore {
  const transfers = new Map<string, Transfer>();
  const prune = () => {
    for (const [id, transfer] of transfers) if (transfer.expiresAt <= now()) transfers.delete(id);
  };
  return {
    create(fields) {
      prune();
      const transfer: Transfer = {
        ...fields,
        id: randomBytes(12).toString("hex"),
        token: randomBytes(24).toString("base64url"),
        expiresAt: now() + ttlMs,
      };
      transfers.set(transfer.id, transfer);
      return transfer;
    },
    find(id, token) {
      if (id === null || token === null) return undefined;
      const transfer = transfers.get(id);
      if (transfer === undefined) return undefined;
      if (transfer.expiresAt <= now()) {
        transfers.delete(id);
        return undefined;
      }
      return secretEquals(transfer.token, token) ? transfer : undefined;
    },
    consume(id) {
      transfers.delete(id);
    },
  };
}
