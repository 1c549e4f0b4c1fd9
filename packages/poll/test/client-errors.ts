// The client's own error classes, built as the client would throw them, for fake clients.
import {
  GuestAuthError,
  RequestTimeoutError,
  SessionError,
  TransportError,
  VcenterApiError,
} from "@guestops/client";
import type { VapiErrorType } from "@guestops/core";

type Operation = ConstructorParameters<typeof VcenterApiError>[0]["operation"];

export function apiError(operation: Operation, status: number, errorType?: VapiErrorType) {
  return new VcenterApiError({
    status,
    errorType,
    messages: [],
    operation,
    vm: "vm-1",
    summary: `${errorType ?? status} in vm-1`,
    advice: "test",
  });
}

export function guestAuthError(operation: Operation) {
  return new GuestAuthError({
    status: 401,
    errorType: "UNAUTHENTICATED",
    messages: [],
    operation,
    vm: "vm-1",
    summary: "guest credentials rejected",
    advice: "test",
  });
}

export function sessionExpired(operation: Operation) {
  return new SessionError({
    reason: "sessionExpired",
    status: 401,
    errorType: "UNAUTHENTICATED",
    messages: [],
    operation,
    summary: "session expired",
    advice: "test",
  });
}

export function transportError(
  operation: Operation,
  code: string,
  requestSent: boolean | "unknown",
) {
  return new TransportError({
    code,
    operation,
    vm: "vm-1",
    requestSent,
    summary: code,
    advice: "test",
  });
}

export function timeoutError(operation: Operation) {
  return new RequestTimeoutError({ operation, vm: "vm-1", timeout: 1000 });
}
