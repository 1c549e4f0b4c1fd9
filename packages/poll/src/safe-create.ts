// Starting a program is the one guest call that must never run twice. It is replayed only after
// failures that prove nothing ran (the client's table says "retry"); after an ambiguous failure
// (reset or timeout after sending, unexplained 5xx) it reconciles with the guest's process list.
import { classifyFailure, type GuestCredentials, type ProcessSpec } from "@guestops/client";
import { CreateOutcomeUnknownError } from "./create-outcome-unknown-error.js";
import { retry } from "./retry.js";
import type { PollClient } from "./run-types.js";
import { sleep } from "./sleep.js";
import { callVcenter } from "./vcenter-call.js";

/** When to read the process list after an ambiguous create, in ms after the failure. */
export const RECONCILE_LOOKS = [0, 1000, 3000] as const;

/** Options of {@link safeCreate}. */
export interface SafeCreateOptions {
  /**
   * A string that only this start's command line contains (the run id): a process whose command
   * contains it is ours, so adopting it is certain.
   */
  readonly marker: string;
  readonly signal?: AbortSignal | undefined;
  /** Attempts of `create` after failures that prove nothing ran. @default 5 */
  readonly maxAttempts?: number;
  /** ms to keep replaying while those failures last (e.g. waiting for Tools). @default none */
  readonly timeout?: number | undefined;
}

/** A started process: its pid, and whether it was found in the process list (adopted). */
export interface SafeCreateResult {
  readonly pid: number;
  readonly adopted: boolean;
}

/**
 * Starts a program at most once.
 *
 * @throws CreateOutcomeUnknownError when an ambiguous failure could not be resolved by the process
 *   list; the client's error for failures that prove nothing ran; `signal.reason` on abort
 */
export async function safeCreate(
  client: Pick<PollClient, "createProcess" | "listProcesses">,
  vm: string,
  spec: ProcessSpec,
  credentials: GuestCredentials,
  options: SafeCreateOptions,
): Promise<SafeCreateResult> {
  const { signal } = options;
  try {
    const pid = await retry(
      ({ signal: attemptSignal }) =>
        client.createProcess(vm, spec, credentials, { signal: attemptSignal }),
      {
        maxAttempts: options.maxAttempts ?? 5,
        minDelay: 200,
        maxDelay: 2000,
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
        ...(signal === undefined ? {} : { signal }),
        shouldRetry: (error) => classifyFailure("createProcess", error) === "retry",
      },
    );
    return { pid, adopted: false };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (classifyFailure("createProcess", error) !== "ambiguous") throw error;
    return reconcile(client, vm, credentials, options, error);
  }
}

async function reconcile(
  client: Pick<PollClient, "listProcesses">,
  vm: string,
  credentials: GuestCredentials,
  options: SafeCreateOptions,
  ambiguous: unknown,
): Promise<SafeCreateResult> {
  const { signal, marker } = options;
  let waited = 0;
  let looks = 0;
  for (const at of RECONCILE_LOOKS) {
    await sleep(at - waited, signal);
    waited = at;
    let processes: Awaited<ReturnType<PollClient["listProcesses"]>>;
    try {
      processes = await callVcenter(
        "listProcesses",
        (s) => client.listProcesses(vm, credentials, undefined, { signal: s }),
        { signal },
      );
    } catch {
      if (signal?.aborted) throw signal.reason;
      // The list cannot be read: the outcome stays unknown.
      break;
    }
    looks += 1;
    // The marker is random and unique to this start, so a match can only be our program; its
    // start time is not compared with ours because the guest's clock may be off.
    const ours = processes
      .filter((process) => process.command.includes(marker))
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.pid - b.pid);
    const adopted = ours[0];
    if (adopted !== undefined) return { pid: adopted.pid, adopted: true };
  }
  throw new CreateOutcomeUnknownError({ vm, runId: marker, looks, cause: ambiguous });
}
