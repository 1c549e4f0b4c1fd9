import {
  failureKind,
  type GuestCredentials,
  isRetryable,
  type ProcessStatus,
} from "@guestops/client";
import { linkedController, throwIfAborted } from "./abort.js";
import { type PollPending, type PollResult, poll } from "./poll.js";
import { ProcessLostError } from "./process-lost-error.js";
import { jitteredGap, PROCESS_POLL_SCHEDULE, processPollDelay } from "./process-schedule.js";
import type { PollClient } from "./run-types.js";
import { checkFunction, checkNumber, checkSignal } from "./validate-options.js";
import { WaitTimeoutError } from "./wait-timeout-error.js";

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
  /**
   * Give up after this many ms (the process is left alone). One last look is made just before.
   * @default no limit
   */
  readonly timeout?: number;
  /**
   * When the process started, in ms since the epoch: the schedule looks often at a young process
   * and rarely at an old one. @default when the wait starts
   */
  readonly startedAt?: number;
  /**
   * Replaces the schedule (one look at a time): the delay in ms after a look before the next, e.g.
   * `() => 500` for govc's fixed polling.
   */
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

const WHERE = "waitForProcess";

/**
 * Waits until a guest process exits, and resolves with its exit code and times. Looks with `get`
 * on a schedule that notices a short job within about 45 ms and spends about 30 calls on a
 * minute-long one (see {@link PROCESS_POLL_SCHEDULE}), never sleeping anywhere near vCenter's
 * 5-minute retention window. Busy VMs, 503s and network errors count as "no news".
 *
 * @throws ProcessLostError when vCenter answers 404 for the pid, or the pid starts naming another
 *   process (VMware Tools restarted); WaitTimeoutError after `timeout`; the client's error for a
 *   failure the retry-safety table calls fatal (e.g. rejected guest credentials); `signal.reason`
 * @example
 * const pid = await client.createProcess("vm-42", { path: "/usr/bin/sleep", arguments: "2" }, guest);
 * const { exitCode, durationMs } = await waitForProcess(client, { vm: "vm-42", pid, credentials: guest });
 */
export async function waitForProcess(
  client: Pick<PollClient, "getProcess">,
  target: ProcessTarget,
  options: WaitForProcessOptions = {},
): Promise<ProcessExit> {
  checkNumber(WHERE, "timeout", options.timeout, { min: 0, inclusive: false, infinity: true });
  checkNumber(WHERE, "startedAt", options.startedAt, { min: 0 });
  checkFunction(WHERE, "delay", options.delay);
  checkFunction(WHERE, "onStatus", options.onStatus);
  checkSignal(WHERE, options.signal);
  return options.delay === undefined
    ? onTimetable(client, target, options)
    : oneAtATime(client, target, options, options.delay);
}

/** Reads statuses into results: exited, still running, or lost. */
function createJudge(target: ProcessTarget, onStatus: WaitForProcessOptions["onStatus"]) {
  const { vm, pid } = target;
  let seen: ProcessStatus | undefined;
  return {
    status(status: ProcessStatus, polls: number): PollResult<ProcessExit> {
      if (seen !== undefined && status.startedAt !== seen.startedAt) {
        return { state: "failure", error: new ProcessLostError({ vm, pid, reason: "replaced" }) };
      }
      seen = status;
      onStatus?.(status);
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
    /** The error for a 404: lost after it was seen, or unknown from the start. */
    lost(cause: unknown): ProcessLostError {
      return new ProcessLostError({
        vm,
        pid,
        reason: seen === undefined ? "unknown" : "vanished",
        cause,
      });
    },
  };
}

/** A caller's schedule: one look at a time through {@link poll}. */
function oneAtATime(
  client: Pick<PollClient, "getProcess">,
  target: ProcessTarget,
  options: WaitForProcessOptions,
  delay: (pending: PollPending) => number,
): Promise<ProcessExit> {
  const judge = createJudge(target, options.onStatus);
  let polls = 0;
  return poll<ProcessExit>(
    async ({ signal }) => {
      polls += 1;
      try {
        return judge.status(
          await client.getProcess(target.vm, target.pid, target.credentials, { signal }),
          polls,
        );
      } catch (error) {
        if (failureKind(error) === "notFound")
          return { state: "failure", error: judge.lost(error) };
        throw error;
      }
    },
    {
      what: `process ${target.pid} in ${target.vm}`,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      shouldRetry: (error) => isRetryable("getProcess", error),
      delay,
    },
  );
}

// setTimeout fires at once for delays above 2^31 - 1 ms.
const MAX_TIMER = 2_147_483_647;

/**
 * The default schedule: looks are sent on a timetable by the process's age. While it is young they
 * overlap (a slow answer delays no look); later, one at a time.
 */
async function onTimetable(
  client: Pick<PollClient, "getProcess">,
  target: ProcessTarget,
  options: WaitForProcessOptions,
): Promise<ProcessExit> {
  const s = PROCESS_POLL_SCHEDULE;
  const { vm, pid, credentials } = target;
  const { signal } = options;
  throwIfAborted(signal);
  const start = Date.now();
  const deadline = start + (options.timeout ?? Number.POSITIVE_INFINITY);
  // The schedule runs on the process's age. Its start is known to lie between `startedAt` (when
  // create was sent) and the first look; within that window the guest's own start time is used
  // (a slow create does not make a young process look old), and a skewed guest clock can move it
  // no further than the window.
  let origin = options.startedAt ?? start;
  let firstSent: number | undefined;
  let originFixed = false;
  const judge = createJudge(target, options.onStatus);
  const looks = linkedController(signal);
  let polls = 0;
  let pending = 0;
  let errors = 0;
  let lastError: unknown;
  let inFlight = 0;
  let lastDuration = 0;
  let settled: { readonly value: ProcessExit } | { readonly error: unknown } | undefined;
  let wake = () => {};

  const look = async () => {
    polls += 1;
    inFlight += 1;
    const sent = Date.now();
    firstSent ??= sent;
    try {
      const status = await client.getProcess(vm, pid, credentials, {
        signal: looks.controller.signal,
      });
      if (settled !== undefined) return;
      const guestStart = Date.parse(status.startedAt);
      if (!originFixed && Number.isFinite(guestStart)) {
        origin = Math.min(Math.max(guestStart, origin), firstSent);
        originFixed = true;
      }
      const result = judge.status(status, polls);
      if (result.state === "success") settled = { value: result.value };
      else if (result.state === "failure") settled = { error: result.error };
      else pending += 1;
    } catch (error) {
      if (settled !== undefined || looks.controller.signal.aborted) return;
      if (failureKind(error) === "notFound") settled = { error: judge.lost(error) };
      else if (isRetryable("getProcess", error)) {
        errors += 1;
        lastError = error;
      } else settled = { error };
    } finally {
      inFlight -= 1;
      lastDuration = Date.now() - sent;
      wake();
    }
  };

  /** Resolves at `until` or as soon as a look answers; rejects with `signal.reason` on abort. */
  const pause = (until: number) =>
    new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        wake = () => {};
      };
      const done = () => {
        cleanup();
        resolve();
      };
      const onAbort = () => {
        cleanup();
        reject(signal?.reason);
      };
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const ms = until - Date.now();
      if (ms <= MAX_TIMER) timer = setTimeout(done, Math.max(0, ms));
      wake = done;
      signal?.addEventListener("abort", onAbort, { once: true });
    });

  const timedOut = () =>
    new WaitTimeoutError({
      what: `process ${pid} in ${vm}`,
      reason: "timeout",
      timeout: options.timeout,
      attempts: polls,
      elapsed: Date.now() - start,
      pending,
      errors,
      cause: lastError,
    });

  let next = start;
  let lastChance = false;
  try {
    while (settled === undefined) {
      const now = Date.now();
      if (now >= deadline) throw timedOut();
      const age = now - origin;
      const overlapping = age < s.overlapUntil;
      if ((!overlapping && inFlight > 0) || inFlight >= s.maxInFlight || now < next) {
        await pause(inFlight > 0 && now >= next ? deadline : Math.min(next, deadline));
        continue;
      }
      const sentAt = now;
      void look();
      if (overlapping) {
        next = sentAt + jitteredGap(age);
      } else {
        while (inFlight > 0 && settled === undefined && Date.now() < deadline)
          await pause(deadline);
        if (settled !== undefined) break;
        if (Date.now() >= deadline) throw timedOut();
        // The first answer may have moved the origin: the process can be younger than it seemed.
        const ageAtSend = sentAt - origin;
        next =
          ageAtSend < s.overlapUntil
            ? sentAt + jitteredGap(ageAtSend)
            : Date.now() + processPollDelay(ageAtSend, Date.now() - sentAt);
      }
      // The next look would start too late to finish before the deadline: one last look
      // instead, started as long before the deadline as the previous look took.
      if (next >= deadline - lastDuration) {
        if (lastChance) {
          while (inFlight > 0 && settled === undefined && Date.now() < deadline)
            await pause(deadline);
          if (settled === undefined) throw timedOut();
          break;
        }
        lastChance = true;
        next = Math.max(Date.now(), deadline - lastDuration);
      }
    }
  } finally {
    looks.controller.abort(new Error("waitForProcess: done"));
    looks.dispose();
  }
  if ("value" in settled) return settled.value;
  throw settled.error;
}
