import {
  failureKind,
  type GuestCredentials,
  isRetryable,
  type ProcessStatus,
} from "@guestops/client";
import { type PollPending, poll } from "./poll.js";
import { ProcessLostError } from "./process-lost-error.js";
import { processPollDelay } from "./process-schedule.js";
import type { PollClient } from "./run-types.js";

/** The process to wait for. */
export interface ProcessTarget {
  /** VM identifier (`vm-42`). */
  readonly vm: string;
  /** Process id, as `createProcess` returned it. */
  readonly pid: number;
  /** Guest credentials. */
  readonly credentials: GuestCredentials;
}

/** Options of {@link waitForProcess}. */
export interface WaitForProcessOptions {
  /** Aborts the wait (the process is left alone); rejects with `signal.reason`, unchanged. */
  readonly signal?: AbortSignal;
  /** Give up after this many ms (the process is left alone). @default no limit */
  readonly timeout?: number;
  /**
   * When the process started, in ms since the epoch: the poll schedule looks often at a young
   * process and rarely at an old one. @default when the wait starts
   */
  readonly startedAt?: number;
  /** Replaces the poll schedule: the delay in ms before the next look. */
  readonly delay?: (pending: PollPending) => number;
  /** Called with each status read (not with failed looks). */
  readonly onStatus?: (status: ProcessStatus) => void;
}

/** How a process ended. */
export interface ProcessExit {
  /** VM identifier. */
  readonly vm: string;
  /** Process id. */
  readonly pid: number;
  /** Exit code. */
  readonly exitCode: number;
  /** Start time from the guest (ISO 8601). */
  readonly startedAt: string;
  /** End time from the guest (ISO 8601). */
  readonly finishedAt: string;
  /** `finishedAt - startedAt`, in ms. */
  readonly durationMs: number;
  /** The process's command line. */
  readonly command: string;
  /** `get` calls made, failed ones included. */
  readonly polls: number;
}

/**
 * Waits until a guest process exits, and resolves with its exit code and times. Looks with `get`
 * on a schedule that notices a short job within about 50 ms and spends about 30 calls on a
 * minute-long one (see PROCESS_POLL_SCHEDULE), never sleeping anywhere near vCenter's 5-minute
 * retention window. Busy VMs, 503s and network errors count as "no news".
 *
 * @throws ProcessLostError when vCenter answers 404 for the pid, or the pid starts naming another
 *   process (VMware Tools restarted); WaitTimeoutError after `timeout`; the client's error for a
 *   failure the retry-safety table calls fatal (e.g. rejected guest credentials)
 * @example
 * const pid = await client.createProcess("vm-42", { path: "/usr/bin/sleep", arguments: "2" }, guest);
 * const { exitCode, durationMs } = await waitForProcess(client, { vm: "vm-42", pid, credentials: guest });
 */
export async function waitForProcess(
  client: Pick<PollClient, "getProcess">,
  target: ProcessTarget,
  options: WaitForProcessOptions = {},
): Promise<ProcessExit> {
  const { vm, pid, credentials } = target;
  const waitStart = Date.now();
  const origin = options.startedAt ?? waitStart;
  let seen: ProcessStatus | undefined;
  let polls = 0;
  const schedule = (pending: PollPending) => {
    // Age of the process when the look that just ended was sent.
    const age = waitStart - origin + pending.elapsed - pending.checkDuration;
    return processPollDelay(age, pending.checkDuration);
  };
  return poll<ProcessExit>(
    async ({ signal }) => {
      polls += 1;
      let status: ProcessStatus;
      try {
        status = await client.getProcess(vm, pid, credentials, { signal });
      } catch (error) {
        if (failureKind(error) !== "notFound") throw error;
        const reason = seen === undefined ? "unknown" : "vanished";
        return { state: "failure", error: new ProcessLostError({ vm, pid, reason, cause: error }) };
      }
      if (seen !== undefined && status.startedAt !== seen.startedAt) {
        return { state: "failure", error: new ProcessLostError({ vm, pid, reason: "replaced" }) };
      }
      seen = status;
      options.onStatus?.(status);
      if (status.exitCode === undefined) return { state: "retry" };
      const finishedAt = status.finishedAt ?? new Date().toISOString();
      return {
        state: "success",
        value: {
          vm,
          pid,
          exitCode: status.exitCode,
          startedAt: status.startedAt,
          finishedAt,
          durationMs: Date.parse(finishedAt) - Date.parse(status.startedAt),
          command: status.command,
          polls,
        },
      };
    },
    {
      what: `process ${pid} in ${vm}`,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      shouldRetry: (error) => isRetryable("getProcess", error),
      delay: options.delay ?? schedule,
    },
  );
}
