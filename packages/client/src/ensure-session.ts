import type { ClientCore } from "./client-core.js";
import type { CallOptions } from "./client-options.js";
import type { OperationName } from "./operation.js";
import type { SessionState } from "./session.js";

/** The session for a call: the current one without waiting, or the (shared) login. */
export function ensureSession(
  core: ClientCore,
  operation: OperationName,
  options: CallOptions | undefined,
): SessionState | Promise<SessionState> {
  const signal = options?.signal;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return core.session.current() ?? core.session.ensure(operation, signal);
}
