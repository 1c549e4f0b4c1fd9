import { VcenterApiError, type VcenterApiErrorOptions } from "./vcenter-api-error.js";

/**
 * Why a vCenter session could not be had: the login was rejected; the session expired again right
 * after it was renewed (`sessionExpired`: a later call renews it again); the session expired and
 * the client cannot log in again (`sessionNotRenewable`: it has a session id but no user name and
 * password); or the login failed otherwise.
 */
export type SessionFailure =
  | "loginRejected"
  | "sessionExpired"
  | "sessionNotRenewable"
  | "loginFailed";

/** Fields of a {@link SessionError}. */
export interface SessionErrorOptions extends VcenterApiErrorOptions {
  /** Why the session could not be had. */
  readonly reason: SessionFailure;
}

/** Logging in to vCenter failed, or the session expired and could not be renewed. */
export class SessionError extends VcenterApiError {
  override readonly name = "SessionError" as const;
  /** Why the session could not be had. */
  readonly reason: SessionFailure;

  constructor(options: SessionErrorOptions) {
    super(options);
    this.reason = options.reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/** Whether a value is a {@link SessionError}; checks `name`, so it works across package copies. */
export function isSessionError(value: unknown): value is SessionError {
  return value instanceof Error && value.name === "SessionError";
}
