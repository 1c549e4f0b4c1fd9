import {
  classifyFailure,
  type FailureKind,
  failureKind,
  type OperationName,
} from "@guestops/client";
import { RunnerError, type RunnerErrorCode } from "./runner.js";

const CODE: Record<FailureKind, RunnerErrorCode | undefined> = {
  vmNotResolved: "not_found",
  notFound: "not_found",
  guestAuth: "guest_auth_failed",
  // vCenter refused the webhook's own login: the operator's problem, shown as a gateway error.
  loginRejected: "vcenter_error",
  sessionExpired: "vcenter_error",
  sessionNotRenewable: "vcenter_error",
  busy: "vm_unavailable",
  unavailable: "vm_unavailable",
  failedToStart: "failed_to_start",
  rejected: "invalid_request",
  invalidRequest: "invalid_request",
  notSent: "vcenter_unreachable",
  hostNotFound: "vcenter_unreachable",
  tlsRejected: "vcenter_unreachable",
  connectionLost: "vcenter_unreachable",
  timeout: "vcenter_unreachable",
  serverError: "vcenter_error",
  malformedAnswer: "vcenter_error",
  unknown: undefined,
};

/**
 * Turns an error of `@guestops/client` (or of `@guestops/poll`, which rethrows them) into a
 * RunnerError whose message a caller may read. The client already scrubs secrets from its
 * messages; `secrets` are removed once more, in case a server echoed one. Anything the client does
 * not recognise (a bug) is returned unchanged, and the app answers it with a bare 500.
 */
export function toRunnerError(
  error: unknown,
  operation: OperationName,
  secrets: readonly string[],
): unknown {
  const code = CODE[failureKind(error)];
  if (code === undefined || !(error instanceof Error)) return error;
  let message = error.message;
  for (const secret of secrets)
    if (secret !== "") message = message.replaceAll(secret, "[redacted]");
  const ambiguous =
    operation === "createProcess" && classifyFailure(operation, error) === "ambiguous";
  return new RunnerError(code, message, { ambiguous });
}
