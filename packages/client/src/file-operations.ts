// Guest temporary files, file delete, transfer URLs (`/api` only), and the transfers themselves.

import type { ClientCore } from "./client-core.js";
import type { CallOptions } from "./client-options.js";
import type { TemporaryFileSpec, TransferRequest } from "./domain.js";
import { ensureSession } from "./ensure-session.js";
import { readString } from "./flavor-adapter.js";
import { type GuestCredentials, guestSecrets, toWireCredentials } from "./guest-credentials.js";
import { InvalidRequestError } from "./invalid-request-error.js";
import { type FetchResult, invoke, type SendInit } from "./invoke.js";
import type { OperationName } from "./operation.js";
import { PendingRequest } from "./pending-request.js";
import { unexpectedAnswer } from "./to-client-error.js";
import { resolveTransferUrl } from "./transfer-url.js";
import { checkCredentials, checkGuestPath, checkVm } from "./validate.js";
import { requireApiFlavor } from "./vm-operations.js";

/** The file operations of a client. */
export function createFileOperations(core: ClientCore) {
  const malformed = (
    operation: OperationName,
    vm: string,
    credentials: GuestCredentials,
    status: number,
  ) =>
    unexpectedAnswer(
      {
        operation,
        context: { vm },
        guestCall: true,
        secrets: [...core.secrets(), ...guestSecrets(credentials)],
      },
      status,
    );

  return {
    async createTemporaryFile(
      vm: string,
      credentials: GuestCredentials,
      spec: TemporaryFileSpec,
      options?: CallOptions,
    ): Promise<string> {
      const operation = "createTemporaryFile";
      checkVm(operation, vm);
      checkCredentials(operation, vm, credentials);
      if (typeof spec?.prefix !== "string" || typeof spec.suffix !== "string") {
        throw new InvalidRequestError({
          reason: "invalidValue",
          operation,
          vm,
          detail: "prefix and suffix are required strings (either may be empty)",
        });
      }
      if (spec.parentPath !== undefined)
        checkGuestPath(operation, vm, spec.parentPath, "parentPath");
      const session = await ensureSession(core, operation, options);
      requireApiFlavor(operation, vm, session.flavor);
      const body = {
        credentials: toWireCredentials(credentials),
        prefix: spec.prefix,
        suffix: spec.suffix,
        ...(spec.parentPath === undefined ? {} : { parent_path: spec.parentPath }),
      };
      const result = await invoke(
        core,
        { operation, context: { vm }, credentials, session },
        (init) =>
          core.http.POST("/api/vcenter/vm/{vm}/guest/filesystem/files?action=createTemporary", {
            ...init,
            params: { path: { vm } },
            body,
          }),
        options,
      );
      const path = readString("api", result.data);
      if (path === undefined) throw malformed(operation, vm, credentials, result.response.status);
      return path;
    },

    async deleteFile(
      vm: string,
      path: string,
      credentials: GuestCredentials,
      options?: CallOptions,
    ): Promise<void> {
      const operation = "deleteFile";
      checkVm(operation, vm);
      checkGuestPath(operation, vm, path, "the file path");
      checkCredentials(operation, vm, credentials);
      const session = await ensureSession(core, operation, options);
      requireApiFlavor(operation, vm, session.flavor);
      const body = { credentials: toWireCredentials(credentials) };
      await invoke(
        core,
        { operation, context: { vm, path }, credentials, session },
        // openapi-fetch percent-encodes the path parameter, slashes included: one path segment (reference U7).
        (init) =>
          core.http.POST("/api/vcenter/vm/{vm}/guest/filesystem/files/{path}?action=delete", {
            ...init,
            params: { path: { vm, path } },
            body,
          }),
        options,
      );
    },

    async createTransfer(
      vm: string,
      credentials: GuestCredentials,
      request: TransferRequest,
      options?: CallOptions,
    ): Promise<string> {
      const operation = "createTransfer";
      checkVm(operation, vm);
      checkCredentials(operation, vm, credentials);
      checkGuestPath(operation, vm, request?.path, "the file path");
      const upload = request.upload;
      if (upload !== undefined && (!Number.isSafeInteger(upload.size) || upload.size < 0)) {
        throw new InvalidRequestError({
          reason: "invalidValue",
          operation,
          vm,
          detail:
            "upload.size must be the exact number of bytes to upload (a non-negative integer)",
        });
      }
      const session = await ensureSession(core, operation, options);
      requireApiFlavor(operation, vm, session.flavor);
      const spec =
        upload === undefined
          ? { path: request.path }
          : {
              path: request.path,
              attributes: { size: upload.size, overwrite: upload.overwrite === true },
            };
      const body = { credentials: toWireCredentials(credentials), spec };
      const result = await invoke(
        core,
        { operation, context: { vm, path: request.path }, credentials, session },
        (init) =>
          core.http.POST("/api/vcenter/vm/{vm}/guest/filesystem?action=create", {
            ...init,
            params: { path: { vm } },
            body,
          }),
        options,
      );
      const url = readString("api", result.data);
      if (url === undefined) throw malformed(operation, vm, credentials, result.response.status);
      return resolveTransferUrl(url, core.target);
    },

    async download(url: string, options?: CallOptions): Promise<Uint8Array> {
      const target = checkTransferUrl("download", url, core);
      const result = await invoke(
        core,
        // No session header: the URL's token authorises it, and the host may be an ESXi host
        // that must not see the vCenter session id.
        { operation: "download", context: {}, session: undefined },
        (init) =>
          sendRaw(init, new PendingRequest(target, { method: "GET", signal: init.signal }), true),
        options,
      );
      return result.data as Uint8Array;
    },

    async upload(url: string, body: Uint8Array | string, options?: CallOptions): Promise<void> {
      const target = checkTransferUrl("upload", url, core);
      const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
      await invoke(
        core,
        { operation: "upload", context: {}, session: undefined },
        (init) =>
          sendRaw(
            init,
            new PendingRequest(target, {
              method: "PUT",
              body: bytes,
              headers: { "content-type": "application/octet-stream" },
              signal: init.signal,
            }),
            false,
          ),
        options,
      );
    },
  };
}

function checkTransferUrl(operation: OperationName, url: string, core: ClientCore): string {
  const resolved = typeof url === "string" ? resolveTransferUrl(url, core.target) : "";
  if (!URL.canParse(resolved) || !/^https?:/i.test(resolved)) {
    throw new InvalidRequestError({
      reason: "invalidValue",
      operation,
      detail: "the transfer URL is not an http(s) URL: pass the URL that createTransfer returned",
    });
  }
  return resolved;
}

async function sendRaw(
  init: SendInit,
  request: PendingRequest,
  wantBytes: boolean,
): Promise<FetchResult> {
  const response = await init.fetch(request as unknown as Request);
  if (response.ok) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { data: wantBytes ? bytes : undefined, response };
  }
  return { error: await response.text(), response };
}
