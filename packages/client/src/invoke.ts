// The path every vCenter call takes: session header, per-call timeout and abort, the one replay
// after an expired session, and the mapping of failures to the client's errors.
import { isSessionExpired, parseVapiError } from "@guestops/core";
import type { ClientCore } from "./client-core.js";
import type { CallOptions } from "./client-options.js";
import type { Deadline } from "./deadlines.js";
import type { ErrorContext } from "./describe-api-error.js";
import { type GuestCredentials, guestSecrets } from "./guest-credentials.js";
import { InvalidRequestError } from "./invalid-request-error.js";
import type { OperationName } from "./operation.js";
import type { PendingRequest } from "./pending-request.js";
import { RequestTimeoutError } from "./request-timeout-error.js";
import type { SessionState } from "./session.js";
import { type FailedCall, toApiError, toTransportError } from "./to-client-error.js";
import { type Attempt, exchange, fixDoubleQuery } from "./transport.js";
import { checkTimeout } from "./validate.js";

/** What openapi-fetch resolves with. */
export interface FetchResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** What a call's `send` receives to pass on to openapi-fetch. */
export interface SendInit {
  /** The session header, when the call is authenticated. */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** Aborts on timeout or on the caller's signal; absent when nothing can abort the call. */
  readonly signal: AbortSignal | undefined;
  /** The transport, as openapi-fetch's per-request `fetch` (it receives a {@link PendingRequest}). */
  readonly fetch: (request: Request) => Promise<Response>;
}

/** One call, as {@link invoke} needs it. */
export interface CallSpec {
  /** The client operation. */
  readonly operation: OperationName;
  /** VM, pid, path: for error messages. */
  readonly context: ErrorContext;
  /** Guest credentials sent in the body, if any (their secret is scrubbed from errors). */
  readonly credentials?: GuestCredentials | undefined;
  /** The session to send, or `undefined` for the unauthenticated login call. */
  readonly session: SessionState | undefined;
}

/** The session header of a state. */
export function sessionHeaders(
  state: SessionState | undefined,
): Record<string, string> | undefined {
  return state === undefined ? undefined : { "vmware-api-session-id": state.token };
}

/**
 * Runs a call: sends it, replays it once with a renewed session after a 401 "authentication
 * required" (safe even for create: nothing ran), and turns failures into the client's errors.
 * Resolves with the successful (2xx) result.
 */
export async function invoke(
  core: ClientCore,
  call: CallSpec,
  send: (init: SendInit) => Promise<FetchResult>,
  options: CallOptions | undefined,
): Promise<FetchResult> {
  // A closed client's connection pool is gone: undici would fail the call as a broken connection,
  // which makes a create look ambiguous. Refuse before sending instead.
  if (core.closed) {
    throw new InvalidRequestError({
      reason: "clientClosed",
      operation: call.operation,
      detail: "the client was closed: create a new client to call vCenter again",
    });
  }
  const timeout = options?.timeout ?? core.timeout;
  if (options?.timeout !== undefined) checkTimeout(call.operation, timeout);
  let session = call.session;
  let renewable = true;
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(core, call, session, attempt, timeout, options?.signal, send);
    const status = result.response.status;
    if (status >= 200 && status < 300) return result;
    const parsed = parseVapiError(status, result.error);
    if (session !== undefined && attempt === 1 && isSessionExpired(parsed)) {
      const renewed = await core.session.renew(session, call.operation, options?.signal);
      if (renewed !== undefined) {
        session = renewed;
        continue;
      }
      renewable = false;
    }
    throw toApiError(failedCall(core, call), parsed, renewable);
  }
}

// setTimeout fires at once for delays above 2^31 - 1 ms; anything that long means "no timeout".
const MAX_TIMER = 2_147_483_647;

async function attemptOnce(
  core: ClientCore,
  call: CallSpec,
  session: SessionState | undefined,
  attemptNumber: number,
  timeout: number,
  signal: AbortSignal | undefined,
  send: (init: SendInit) => Promise<FetchResult>,
): Promise<FetchResult> {
  if (signal?.aborted) throw signal.reason;
  // A signal costs undici real work per request, so one is made only when something can abort:
  // the caller's signal as is without a timeout, a fresh controller when a timeout is set.
  let timedOut = false;
  let deadline: Deadline | undefined;
  let onAbort: (() => void) | undefined;
  let requestSignal = signal;
  if (timeout <= MAX_TIMER) {
    const controller = new AbortController();
    requestSignal = controller.signal;
    deadline = core.deadlines.add(timeout, () => {
      timedOut = true;
      controller.abort();
    });
    if (signal !== undefined) {
      onAbort = () => controller.abort(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
    }
  }
  const attempt: Attempt = { operation: call.operation, attempt: attemptNumber, responded: false };
  const transport = core.transport;
  try {
    return await send({
      headers: sessionHeaders(session),
      signal: requestSignal,
      // openapi-fetch was created with PendingRequest as its Request class (see create-client.ts).
      fetch: (request) =>
        exchange(transport, attempt, fixDoubleQuery(request as unknown as PendingRequest)),
    });
  } catch (error) {
    if (timedOut) {
      throw new RequestTimeoutError({
        operation: call.operation,
        vm: call.context.vm,
        timeout,
        cause: error,
        secrets: failedCall(core, call).secrets,
      });
    }
    if (signal?.aborted) throw signal.reason;
    throw toTransportError(failedCall(core, call), error, attempt.responded, core.target.host);
  } finally {
    if (deadline !== undefined) core.deadlines.remove(deadline);
    if (onAbort !== undefined) signal?.removeEventListener("abort", onAbort);
  }
}

function failedCall(core: ClientCore, call: CallSpec): FailedCall {
  return {
    operation: call.operation,
    context: call.context,
    guestCall: call.credentials !== undefined,
    secrets: [...core.secrets(), ...guestSecrets(call.credentials)],
  };
}
