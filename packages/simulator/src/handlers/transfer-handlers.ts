import { chmod, readFile, writeFile } from "node:fs/promises";
import type { Handler, Reply } from "../call.js";
import { readBody } from "../read-body.js";

const gone: Reply = { kind: "empty", status: 404 };

/** `GET /guestFile?id&token`: the file's bytes; then the URL is used up. */
export const downloadGuestFile: Handler = async (call) => {
  const { transfers } = call.ctx;
  const { searchParams } = call.url;
  const transfer = transfers.find(searchParams.get("id"), searchParams.get("token"));
  if (transfer === undefined || transfer.direction !== "download") return gone;
  const bytes = await readFile(transfer.path).catch(() => undefined);
  if (bytes === undefined) return gone;
  transfers.consume(transfer.id);
  return { kind: "bytes", status: 200, body: bytes };
};

/**
 * `PUT /guestFile?id&token`: writes exactly the declared number of bytes (else 400, and the URL
 * stays usable: only a successful request uses it up).
 */
export const uploadGuestFile: Handler = async (call) => {
  const { transfers } = call.ctx;
  const { searchParams } = call.url;
  const transfer = transfers.find(searchParams.get("id"), searchParams.get("token"));
  if (transfer === undefined || transfer.direction !== "upload") return gone;
  const { body, length } = await readBody(call.req, transfer.size);
  if (length !== transfer.size) return { kind: "empty", status: 400 };
  await writeFile(transfer.path, body, { mode: 0o644 });
  const permissions = transfer.permissions;
  if (permissions !== undefined && /^0?[0-7]{3}$/.test(permissions)) {
    await chmod(transfer.path, Number.parseInt(permissions, 8));
  }
  transfers.consume(transfer.id);
  return { kind: "empty", status: 200 };
};
