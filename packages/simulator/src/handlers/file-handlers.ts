import { lstat, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { type Call, done, type Handler, result } from "../call.js";
import { errorCode, fileNotFound, notADirectory, notAFile } from "../file-faults.js";
import { createTemporaryFile, deleteFile, ensureDirectory, fileInfo } from "../guest-files.js";
import { confineGuestPath } from "../guest-paths.js";
import { guestPreflight, requireVm } from "../guest-preflight.js";
import type { VmState } from "../inventory-config.js";
import { FILE_EXISTS_ID } from "../message-ids.js";
import { parseBody } from "../parse-body.js";
import { createTemporaryBody, createTransferBody, credentialsBody } from "../request-schemas.js";
import { VapiFault } from "../vapi-fault.js";

/** The guest path of a `files/{path}` call, confined to the VM's directory. */
function confinedPathParam(call: Call, vm: VmState): Promise<string> {
  return confineGuestPath(call.ctx.inventory.vmDir(vm.id), call.params.path ?? "");
}

/** `files?action=createTemporary` → 200, the absolute path of a new empty file. */
export const createTemporaryFileHandler: Handler = async (call) => {
  const body = parseBody(createTemporaryBody, call.body);
  const vm = requireVm(call);
  guestPreflight(vm, body.credentials);
  const { inventory } = call.ctx;
  const tmp = inventory.tmpDir(vm.id);
  await ensureDirectory(tmp);
  const dir =
    body.parent_path === undefined
      ? tmp
      : await confineGuestPath(inventory.vmDir(vm.id), body.parent_path);
  return result(call, await createTemporaryFile(dir, body.prefix, body.suffix));
};

/** `files/{path}?action=get` → FileInfo. */
export const getFile: Handler = async (call) => {
  const body = parseBody(credentialsBody, call.body);
  const vm = requireVm(call);
  guestPreflight(vm, body.credentials);
  const path = await confinedPathParam(call, vm);
  return result(call, await fileInfo(path, vm.guestFamily === "WINDOWS"));
};

/** `files/{path}?action=delete` → 204. */
export const deleteFileHandler: Handler = async (call) => {
  const body = parseBody(credentialsBody, call.body);
  const vm = requireVm(call);
  guestPreflight(vm, body.credentials);
  await deleteFile(await confinedPathParam(call, vm));
  return done(call);
};

async function statOrUndefined(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

/**
 * `filesystem?action=create` → 201 `"<scheme>://*\/guestFile?id=..&token=.."`: a download URL
 * without `spec.attributes`, an upload URL (exactly `attributes.size` bytes) with them.
 */
export const createTransfer: Handler = async (call) => {
  const body = parseBody(createTransferBody, call.body);
  const vm = requireVm(call);
  guestPreflight(vm, body.credentials);
  const { ctx } = call;
  const path = await confineGuestPath(ctx.inventory.vmDir(vm.id), body.spec.path);
  const attributes = body.spec.attributes;
  const existing = await statOrUndefined(path);
  let size = 0;
  if (attributes === undefined) {
    if (existing === undefined) throw fileNotFound(path);
    if (existing.isDirectory()) throw notAFile(path);
    size = existing.size;
  } else {
    if (existing?.isDirectory()) throw notAFile(path);
    if (existing !== undefined && attributes.overwrite !== true) {
      throw new VapiFault("ALREADY_EXISTS", FILE_EXISTS_ID, `${path} already exists.`, {
        args: [path],
      });
    }
    const parent = dirname(path);
    const parentInfo = await stat(parent).catch(() => undefined);
    if (parentInfo === undefined) throw fileNotFound(parent);
    if (!parentInfo.isDirectory()) throw notADirectory(parent);
    size = attributes.size;
  }
  const transfer = ctx.transfers.create({
    vm: vm.id,
    path,
    direction: attributes === undefined ? "download" : "upload",
    size,
    permissions: attributes?.posix?.permissions,
  });
  const query = new URLSearchParams({ id: transfer.id, token: transfer.token });
  // The literal `*` host means "the server you called": the client substitutes it, as with ESXi.
  return result(call, `${ctx.scheme}://*/guestFile?${query}`, 201);
};
