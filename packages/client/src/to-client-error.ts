// Turns what went wrong in an HTTP exchange into the client's error classes.
import { isSessionExpired, type ParsedVapiError, type VapiMessage } from "@guestops/core";
import { describeApiError, type ErrorContext } from "./describe-api-error.js";
import { GuestAuthError } from "./guest-auth-error.js";
import type { OperationName } from "./operation.js";
import { scrubText, scrubValue } from "./redact.js";
import { SessionError } from "./session-error.js";
import { codeOf, isTlsCode, requestSentFor } from "./transport-codes.js";
import { TransportError } from "./transport-error.js";
import { VcenterApiError } from "./vcenter-api-error.js";

/** What the error builders need to know about the failed call. */
export interface FailedCall {
  /** The client operation. */
  readonly operation: OperationName;
  /** VM, pid, path of the call. */
  readonly context: ErrorContext;
  /** Whether guest credentials were sent (a non-session 401 then means they were rejected). */
  readonly guestCall: boolean;
  /** Every secret the error must not contain. */
  readonly secrets: readonly string[];
}

/**
 * The error for a vCenter error answer. `renewable: false` says a session expiry cannot be
 * mended by this client (it has no user name and password), so it is fatal, not transient.
 */
export function toApiError(
  call: FailedCall,
  parsed: ParsedVapiError,
  renewable = true,
): VcenterApiError {
  // The summary and advice are built from the server's answer and the call's context: scrubbed
  // here, before they are quoted, because the error does not scrub its own sentences.
  const safe = scrubbedAnswer(parsed, call.secrets);
  const context = scrubbedContext(call.context, call.secrets);
  const base = {
    status: parsed.status,
    errorType: parsed.errorType,
    messages: safe.messages,
    data: safe.data,
    operation: call.operation,
    vm: context.vm,
    secrets: call.secrets,
  };
  if (isSessionExpired(parsed) && !renewable) {
    return new SessionError({
      ...base,
      reason: "sessionNotRenewable",
      summary: "the vCenter session has expired and this client cannot log in again",
      advice:
        "Create the client with username and password (they renew the session by themselves), or with a fresh sessionId.",
    });
  }
  if (isSessionExpired(parsed)) {
    return new SessionError({
      ...base,
      reason: "sessionExpired",
      summary: "the vCenter session expired again right after it was renewed",
      advice:
        "Retry: the next call logs in again. If this repeats, vCenter is ending sessions at once (check its session limits and clock).",
    });
  }
  if (call.operation === "login") {
    const rejected = parsed.status === 401;
    return new SessionError({
      ...base,
      reason: rejected ? "loginRejected" : "loginFailed",
      summary: rejected
        ? "vCenter rejected the login"
        : parsed.status === 404
          ? "no vCenter session endpoint answers at this address"
          : "vCenter could not log in",
      advice: rejected
        ? "Check the vCenter user name and password (a retry will not help)."
        : parsed.status === 404
          ? 'Point url at a vCenter Server (7.0 or later); vCenter 7.0 and 7.0 U1 have no /api/session, so with the "api" flavor use "auto" there.'
          : "vCenter cannot create a session right now: retry in a few seconds.",
    });
  }
  const { summary, advice } = describeApiError(call.operation, safe, context);
  const options = { ...base, summary, advice };
  if (parsed.status === 401 && call.guestCall) return new GuestAuthError(options);
  return new VcenterApiError(options);
}

/** The error for a success status whose body the client cannot read. */
export function unexpectedAnswer(call: FailedCall, status: number): VcenterApiError {
  const context = scrubbedContext(call.context, call.secrets);
  const vm = context.vm ?? "vCenter";
  return new VcenterApiError({
    status,
    errorType: undefined,
    messages: [],
    operation: call.operation,
    vm: context.vm,
    secrets: call.secrets,
    summary: `vCenter answered ${status} for ${vm} with a body the client cannot read`,
    advice:
      call.operation === "createProcess"
        ? "The program may have started: look for it with listProcesses before starting it again."
        : "Check that the url points at vCenter itself, not at a proxy or another service.",
  });
}

/** The error for a fetch that threw (no HTTP answer, or the answer broke off). */
export function toTransportError(
  call: FailedCall,
  error: unknown,
  responded: boolean,
  host: string,
): TransportError {
  const code = codeOf(error);
  const requestSent = requestSentFor(code, responded);
  let summary: string;
  let advice: string;
  if (isTlsCode(code)) {
    summary = `the TLS certificate of ${host} is not trusted`;
    advice =
      "Pass ca (the vCenter CA certificate, as PEM text or a file path), or knowingly set insecure to true.";
  } else if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    summary = `the host name of ${host} does not resolve`;
    advice = "Check the host name in url.";
  } else if (code === "ERR_BAD_PORT") {
    summary = `fetch refuses to connect to the port of ${host} (a blocked port)`;
    advice = "Check the port in url; nothing was sent.";
  } else if (requestSent === false) {
    summary = `cannot connect to ${host}`;
    advice = "Check the host and port in url and that vCenter is up; nothing was sent.";
  } else {
    summary = `the connection to ${host} broke`;
    advice =
      call.operation === "createProcess"
        ? "The program may have started: look for it with listProcesses before starting it again."
        : "The request may or may not have been processed: retry.";
  }
  return new TransportError({
    code,
    operation: call.operation,
    vm: call.context.vm,
    requestSent,
    summary,
    advice,
    cause: error,
    secrets: call.secrets,
  });
}

/** The server's answer with every known secret removed from its messages and data. */
function scrubbedAnswer(parsed: ParsedVapiError, secrets: readonly string[]): ParsedVapiError {
  return {
    ...parsed,
    messages: parsed.messages.map((message) => withheldIfSecret(message, secrets)),
    data: scrubValue(parsed.data, secrets),
  };
}

/**
 * A server message that contains a secret is withheld whole (its id stays), not scrubbed word by
 * word: vCenter's messages are fixed sentences, so "[redacted]" standing where a known word was
 * ("The [redacted] operations agent could not authenticate…") would tell a reader a password that
 * is an ordinary word. The error then quotes no vCenter text.
 */
function withheldIfSecret(message: VapiMessage, secrets: readonly string[]): VapiMessage {
  const texts = [message.defaultMessage, ...message.args];
  if (texts.every((text) => scrubText(text, secrets) === text)) return message;
  return { id: message.id, defaultMessage: "", args: [] };
}

/** The call's VM and path (caller input, which can hold a secret by mistake), scrubbed. */
function scrubbedContext(context: ErrorContext, secrets: readonly string[]): ErrorContext {
  return {
    ...context,
    ...(context.vm === undefined ? {} : { vm: scrubText(context.vm, secrets) }),
    ...(context.path === undefined ? {} : { path: scrubText(context.path, secrets) }),
  };
}
