import { ROUTES } from "./routes.js";

/**
 * The keys a per-operation fault map (`busy`, `serviceUnavailable`) accepts: every operationId the
 * simulator serves, in both flavors (`createProcess` and `createProcessRest` count alike), and
 * `"*"` for every operation that documents the error.
 */
export const FAULT_OPERATION_KEYS: readonly string[] = [
  ...ROUTES.map((route) => route.operationId),
  "*",
];
