import { linkedController } from "./abort.js";
import { Channel } from "./channel.js";
import { limitClient } from "./limit-client.js";
import { createRateLimiter } from "./rate-limiter.js";
import { checkVmInputs, createVmSource, type ResolvedVm } from "./resolve-vms.js";
import { resumeRun } from "./resume-run.js";
import { failedToStart } from "./run-process.js";
import type { PollClient, RunRequest, RunResult } from "./run-types.js";
import { beginRun } from "./start-run.js";
import { checkNumber, checkSignal } from "./validate-options.js";
import { validateRunRequest } from "./validate-run-request.js";
import { callVcenter } from "./vcenter-call.js";

/** The run of {@link runMany}: a {@link RunRequest} without the VM. */
export type RunManyRequest = Omit<RunRequest, "vm">;

/** One VM's outcome in {@link runMany}: its result, or why it could not be run. */
export type RunManyItem =
  | { readonly vm: string; readonly result: RunResult; readonly error?: undefined }
  | { readonly vm: string; readonly result?: undefined; readonly error: unknown };

/** Options of {@link runMany}. */
export interface RunManyOptions {
  /** Runs in flight at once, on the one shared client and session. @default 16 */
  readonly concurrency?: number;
  /**
   * Cap on calls to vCenter per second, across all runs (token bucket of burst 1: no window of
   * one second ever holds more). Transfers to ESXi hosts are not vCenter calls and are not
   * counted; the one re-login after a session expiry rides on the call that met it.
   * @default no cap
   */
  readonly maxRequestsPerSecond?: number;
  /**
   * Aborts everything: runs in flight are terminated (program and descendants) and cleaned up,
   * then the iteration throws `signal.reason`.
   */
  readonly signal?: AbortSignal;
  /** VM names resolved per listVms call. @default 200 */
  readonly resolveBatchSize?: number;
}

const WHERE = "runMany";

/**
 * Runs the same program on many VMs, at most `concurrency` at a time on one shared client (one
 * session), and yields each VM's outcome as soon as it finishes. Memory stays flat in the number
 * of VMs: `vms` is read lazily (a generator of a million names is fine), names are resolved in
 * batches (one listVms call per batch), and nothing is kept after it is yielded. Stopping the
 * iteration early (`break`) terminates the runs still in flight.
 *
 * @param vms - VM names or ids, any (async) iterable but a string (wrap one VM in an array)
 * @throws InvalidRequestError for a bad request, TypeError for `vms` that is a string or not
 *   iterable (both before anything is sent); `signal.reason` on abort
 * @example
 * for await (const { vm, result, error } of runMany(client, ["web-01", "web-02"], {
 *   path: "/usr/bin/uptime",
 *   credentials,
 * }, { concurrency: 32, maxRequestsPerSecond: 100 })) {
 *   console.log(vm, result?.exitCode ?? error);
 * }
 */
export async function* runMany(
  client: PollClient,
  vms: Iterable<string> | AsyncIterable<string>,
  request: RunManyRequest,
  options: RunManyOptions = {},
): AsyncGenerator<RunManyItem, void, undefined> {
  checkNumber(WHERE, "concurrency", options.concurrency, { min: 1, integer: true });
  checkNumber(WHERE, "maxRequestsPerSecond", options.maxRequestsPerSecond, {
    min: 0,
    inclusive: false,
  });
  checkNumber(WHERE, "resolveBatchSize", options.resolveBatchSize, { min: 1, integer: true });
  checkSignal(WHERE, options.signal);
  checkVmInputs(WHERE, vms);
  validateRunRequest({ ...request, vm: "" }, WHERE);
  const concurrency = options.concurrency ?? 16;
  const { controller, dispose } = linkedController(options.signal);
  const signal = controller.signal;
  const shared =
    options.maxRequestsPerSecond === undefined
      ? client
      : limitClient(client, createRateLimiter({ maxPerSecond: options.maxRequestsPerSecond }));
  const output = new Channel<RunManyItem>(concurrency);
  let workers: Promise<void> | undefined;
  try {
    // One login before the workers start, instead of all of them waiting on the first call's;
    // replayed as the client's retry-safety table says, like every other call (a 503 is).
    await callVcenter("login", (s) => shared.login({ signal: s }), { signal });
    const source = createVmSource(shared, vms, options.resolveBatchSize ?? 200, signal);
    const worker = async () => {
      while (!signal.aborted) {
        const next = await source.next();
        if (next === undefined) return;
        await output.push(await runOne(shared, next, request, signal));
      }
    };
    // allSettled: the iteration ends only after every worker has cleaned up after itself.
    workers = Promise.allSettled(Array.from({ length: concurrency }, worker)).then((settled) => {
      const failed = settled.find((outcome) => outcome.status === "rejected");
      output.close(failed === undefined ? undefined : { error: failed.reason });
    });
    for await (const item of output) yield item;
  } finally {
    // Reached on completion, on abort, and when the consumer stops early: end what still runs.
    if (!signal.aborted) controller.abort(new Error("runMany: the consumer stopped iterating"));
    output.close();
    await workers;
    dispose();
  }
  if (options.signal?.aborted) throw options.signal.reason;
}

async function runOne(
  client: PollClient,
  resolved: ResolvedVm,
  request: RunManyRequest,
  signal: AbortSignal,
): Promise<RunManyItem> {
  const vm = resolved.input;
  if (resolved.entry === undefined) return { vm, error: resolved.error };
  const run: RunRequest = { ...request, vm: resolved.entry.vm };
  try {
    const start = await beginRun(client, run, { signal }, WHERE, resolved.entry);
    const result =
      start.kind === "failedToStart"
        ? failedToStart(start)
        : await resumeRun(client, start.handle, request.credentials, { signal });
    return { vm, result };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return { vm, error };
  }
}
