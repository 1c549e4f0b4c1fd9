/**
 * The client's operations, as named in errors, request events and the retry-safety table.
 * Each maps to one vCenter call (`resolveVm` to one or two `listVms` calls).
 */
export const OPERATIONS = [
  "login",
  "logout",
  "listVms",
  "resolveVm",
  "getVm",
  "getTools",
  "getGuestOperationsReadiness",
  "createProcess",
  "listProcesses",
  "getProcess",
  "deleteProcess",
  "createTemporaryFile",
  "deleteFile",
  "createTransfer",
  "download",
  "upload",
] as const;

/** One client operation, e.g. `"createProcess"`. */
export type OperationName = (typeof OPERATIONS)[number];
