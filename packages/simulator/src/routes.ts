import type { ApiFlavor } from "@guestops/core";
import type { Handler } from "./call.js";
import {
  createTemporaryFileHandler,
  createTransfer,
  deleteFileHandler,
  getFile,
} from "./handlers/file-handlers.js";
import {
  createProcess,
  deleteProcess,
  getProcess,
  listProcesses,
} from "./handlers/process-handlers.js";
import { createSession, deleteSession, getSession } from "./handlers/session-handlers.js";
import { downloadGuestFile, uploadGuestFile } from "./handlers/transfer-handlers.js";
import { getGuestOperations, getTools, getVm, listVms } from "./handlers/vm-handlers.js";

/** One operation of spec/openapi.yaml, as the simulator serves it. */
export interface Route {
  /** operationId in the spec. */
  readonly operationId: string;
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path template of the spec, without its query part. */
  readonly path: string;
  /** The query part of the spec's path key (`action=create`, `~action=get`), if any. */
  readonly action: string | undefined;
  /** Body format: `/api`, `/rest`, or raw bytes (transfer URLs). */
  readonly wire: ApiFlavor | "raw";
  /** The simulator flavors that serve it (elsewhere it answers 404, like the real versions). */
  readonly servedIn: readonly ApiFlavor[];
  readonly needsSession: boolean;
  /** Whether the spec documents RESOURCE_BUSY for it (random and `"*"` busy faults only go there). */
  readonly declaresBusy: boolean;
  /** Whether the spec documents 503 for it. */
  readonly declaresUnavailable: boolean;
  readonly isCreate: boolean;
  /** Whether the pipeline reads a JSON body for it (transfers read their own). */
  readonly readsJson: boolean;
  readonly handler: Handler;
}

const API_ONLY: readonly ApiFlavor[] = ["api"];
const REST_ONLY: readonly ApiFlavor[] = ["rest"];
const BOTH: readonly ApiFlavor[] = ["api", "rest"];

type RouteSpec = Pick<Route, "operationId" | "method" | "handler"> & {
  /** The spec's path key, query part included. */
  readonly key: string;
} & Partial<Route>;

function route(spec: RouteSpec): Route {
  const [path = "", action] = spec.key.split("?");
  const rest = path.startsWith("/rest/");
  const guest = path.includes("/guest/") && !path.endsWith("/guest/operations");
  return {
    path,
    action,
    wire: path === "/guestFile" ? "raw" : rest ? "rest" : "api",
    servedIn: rest ? BOTH : API_ONLY,
    needsSession: true,
    declaresBusy: guest,
    declaresUnavailable: true,
    isCreate: false,
    readsJson: spec.method === "POST",
    ...spec,
  };
}

/** Every operation of the spec. */
export const ROUTES: readonly Route[] = [
  route({
    operationId: "createSession",
    method: "POST",
    key: "/api/session",
    handler: createSession,
    needsSession: false,
  }),
  route({ operationId: "getSession", method: "GET", key: "/api/session", handler: getSession }),
  route({
    operationId: "deleteSession",
    method: "DELETE",
    key: "/api/session",
    handler: deleteSession,
  }),
  route({
    operationId: "createSessionRest",
    method: "POST",
    key: "/rest/com/vmware/cis/session",
    handler: createSession,
    needsSession: false,
    readsJson: false,
  }),
  route({
    operationId: "deleteSessionRest",
    method: "DELETE",
    key: "/rest/com/vmware/cis/session",
    handler: deleteSession,
  }),
  route({
    operationId: "getSessionRest",
    method: "POST",
    key: "/rest/com/vmware/cis/session?~action=get",
    handler: getSession,
    readsJson: false,
  }),
  route({ operationId: "listVms", method: "GET", key: "/api/vcenter/vm", handler: listVms }),
  route({ operationId: "listVmsRest", method: "GET", key: "/rest/vcenter/vm", handler: listVms }),
  route({ operationId: "getVm", method: "GET", key: "/api/vcenter/vm/{vm}", handler: getVm }),
  route({ operationId: "getVmRest", method: "GET", key: "/rest/vcenter/vm/{vm}", handler: getVm }),
  route({
    operationId: "getTools",
    method: "GET",
    key: "/api/vcenter/vm/{vm}/tools",
    handler: getTools,
    declaresUnavailable: false,
  }),
  route({
    operationId: "getGuestOperations",
    method: "GET",
    key: "/api/vcenter/vm/{vm}/guest/operations",
    handler: getGuestOperations,
  }),
  route({
    operationId: "createProcess",
    method: "POST",
    key: "/api/vcenter/vm/{vm}/guest/processes?action=create",
    handler: createProcess,
    isCreate: true,
  }),
  route({
    operationId: "listProcesses",
    method: "POST",
    key: "/api/vcenter/vm/{vm}/guest/processes?action=list",
    handler: listProcesses,
  }),
  route({
    operationId: "getProcess",
    method: "POST",
    key: "/api/vcenter/vm/{vm}/guest/processes/{pid}?action=get",
    handler: getProcess,
  }),
  route({
    operationId: "deleteProcess",
    method: "POST",
    key: "/api/vcenter/vm/{vm}/guest/processes/{pid}?action=delete",
    handler: deleteProcess,
  }),
  route({
    operationId: "createProcessRest",
    method: "POST",
    key: "/rest/vcenter/vm/{vm}/guest/processes?action=create",
    handler: createProcess,
    isCreate: true,
    servedIn: REST_ONLY,
  }),
  route({
    operationId: "listProcessesRest",
    method: "POST",
    key: "/rest/vcenter/vm/{vm}/guest/processes?action=list",
    handler: listProcesses,
    servedIn: REST_ONLY,
  }),
  route({
    operationId: "getProcessRest",
    method: "POST",
    key: "/rest/vcenter/vm/{vm}/guest/processes/{pid}?action=get",
    handler: getProcess,
    servedIn: REST_ONLY,
  }),
  route({
    operationId: "deleteProcessRest",
    method: "POST",
    key: "/rest/vcenter/vm/{vm}/guest/processes/{pid}?action=delete",
    handler: deleteProcess,
    servedIn: REST_ONLY,
  }),
  route({
    operationId: "createTemporaryFile",
    method: "POST",
    key: "/api/vcenter/vm/{vm}/guest/filesystem/files?action=createTemporary",
    handler: createTemporaryFileHandler,
  }),
  route({
    operationId: "getFile",
    method: "POST",
    key: "/api/vcenter/vm/{vm}/guest/filesystem/files/{path}?action=get",
    handler: getFile,
  }),
  route({
    operationId: "deleteFile",
    method: "POST",
    key: "/api/vcenter/vm/{vm}/guest/filesystem/files/{path}?action=delete",
    handler: deleteFileHandler,
  }),
  route({
    operationId: "createTransfer",
    method: "POST",
    key: "/api/vcenter/vm/{vm}/guest/filesystem?action=create",
    handler: createTransfer,
  }),
  route({
    operationId: "downloadGuestFile",
    method: "GET",
    key: "/guestFile",
    handler: downloadGuestFile,
    needsSession: false,
    declaresUnavailable: false,
    servedIn: BOTH,
  }),
  route({
    operationId: "uploadGuestFile",
    method: "PUT",
    key: "/guestFile",
    handler: uploadGuestFile,
    needsSession: false,
    declaresUnavailable: false,
    servedIn: BOTH,
    readsJson: false,
  }),
];
