// One HTTP exchange: the fetch that openapi-fetch calls. It adds the TLS dispatcher, answers from
// the dry-run recorder instead of the network when asked, and reports the exchange to onRequest.
import type { DryRunEntry, FetchLike, RequestEvent } from "./client-options.js";
import { dryRunExchange } from "./dry-run.js";
import type { OperationName } from "./operation.js";
import type { PendingRequest } from "./pending-request.js";
import { safeUrl } from "./redact.js";
import { codeOf } from "./transport-codes.js";

/** The transport settings of a client. */
export interface TransportSettings {
  /** The injected fetch, or `undefined` for `globalThis.fetch` (looked up per call so a mock installed later applies). */
  readonly fetch: FetchLike | undefined;
  /** The second argument of fetch, carrying the undici dispatcher; `undefined` for the defaults. */
  readonly init: RequestInit | undefined;
  /** Record instead of sending. */
  readonly dryRun: boolean;
  /** Where dry-run requests are recorded. */
  readonly dryRunLog: DryRunEntry[];
  /** The verbose trail hook. */
  readonly onRequest: ((event: RequestEvent) => void) | undefined;
}

/** The per-attempt state an exchange reports into. */
export interface Attempt {
  /** The client operation. */
  readonly operation: OperationName;
  /** 1, or 2 for the replay after a session renewal. */
  readonly attempt: number;
  /** Set once response headers arrived: a later failure happened after the server answered. */
  responded: boolean;
}

/** Sends one request (or records it in dry-run mode). */
export async function exchange(
  settings: TransportSettings,
  attempt: Attempt,
  request: PendingRequest,
): Promise<Response> {
  if (settings.dryRun) {
    const response = await dryRunExchange(
      attempt.operation,
      request.toRequest(),
      settings.dryRunLog,
    );
    attempt.responded = true;
    report(settings, attempt, request, response.status, 0, undefined, true);
    return response;
  }
  const started = settings.onRequest === undefined ? 0 : performance.now();
  let response: Response;
  try {
    // The built-in fetch (looked up now, so a mock installed after createClient applies) gets the
    // URL and init directly: one Request is built, as for a raw fetch call.
    response =
      settings.fetch === undefined
        ? await globalThis.fetch(request.url, withDispatcher(request.init, settings.init))
        : await settings.fetch(request.toRequest(), settings.init);
  } catch (error) {
    report(settings, attempt, request, undefined, started, codeOf(error), false);
    throw error;
  }
  attempt.responded = true;
  report(settings, attempt, request, response.status, started, undefined, false);
  return response;
}

function withDispatcher(init: RequestInit, extra: RequestInit | undefined): RequestInit {
  return extra === undefined ? init : { ...init, ...extra };
}

function report(
  settings: TransportSettings,
  attempt: Attempt,
  request: PendingRequest,
  status: number | undefined,
  started: number,
  error: string | undefined,
  dryRun: boolean,
): void {
  const hook = settings.onRequest;
  if (hook === undefined) return;
  const event: {
    -readonly [K in keyof RequestEvent]: RequestEvent[K];
  } = {
    operation: attempt.operation,
    method: request.method,
    url: safeUrl(request.url),
    status,
    durationMs: dryRun ? 0 : performance.now() - started,
    attempt: attempt.attempt,
  };
  if (error !== undefined) event.error = error;
  if (dryRun) event.dryRun = true;
  try {
    hook(event);
  } catch {
    // A logging hook must not change the outcome of a call.
  }
}

/**
 * openapi-fetch appends query parameters with a second `?` when the path key already carries one
 * (`...?action=list?pids=1`); merge it into `&` (see docs/STACK.md). No operation of the spec has
 * both today; this keeps a future one from breaking silently. Not for transfer URLs: those come
 * from the server verbatim.
 */
export function fixDoubleQuery(request: PendingRequest): PendingRequest {
  const url = request.url;
  const first = url.indexOf("?");
  if (first === -1 || url.indexOf("?", first + 1) === -1) return request;
  return request.withUrl(url.slice(0, first + 1) + url.slice(first + 1).replaceAll("?", "&"));
}
