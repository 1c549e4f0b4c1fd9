import { type GuestCredentials, isVcenterApiError, type ProcessStatus } from "@guestops/client";
import type { GuestopsClient } from "./connect.js";

/** The processes `ps --pid` found, and the pids vCenter does not know (any more). */
export interface ReadProcesses {
  readonly found: ProcessStatus[];
  readonly missing: number[];
}

/**
 * Reads each pid with `getProcess`, which reports end time and exit code on every flavor. A pid
 * vCenter answers 404 for is missing, not a failure of the whole command: the others are still
 * worth printing. Any other error (credentials, Tools down) is about the VM, and is thrown.
 */
export async function readProcesses(
  client: GuestopsClient,
  vm: string,
  pids: readonly number[],
  credentials: GuestCredentials,
  signal: AbortSignal,
): Promise<ReadProcesses> {
  const settled = await Promise.allSettled(
    pids.map((pid) => client.getProcess(vm, pid, credentials, { signal })),
  );
  const found: ProcessStatus[] = [];
  const missing: number[] = [];
  settled.forEach((outcome, index) => {
    if (outcome.status === "fulfilled") found.push(outcome.value);
    else if (isNotFound(outcome.reason)) missing.push(pids[index] as number);
  });
  const failure = settled.find(
    (outcome): outcome is PromiseRejectedResult =>
      outcome.status === "rejected" && !isNotFound(outcome.reason),
  );
  if (failure !== undefined) throw failure.reason;
  return { found, missing };
}

function isNotFound(error: unknown): boolean {
  return isVcenterApiError(error) && error.status === 404;
}
