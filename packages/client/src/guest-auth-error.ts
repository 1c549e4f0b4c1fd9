import { VcenterApiError } from "./vcenter-api-error.js";

/**
 * The guest OS rejected the guest credentials (a 401 on a guest operation that is not an expired
 * vCenter session). Never replayed: the same credentials fail again.
 */
export class GuestAuthError extends VcenterApiError {
  override readonly name = "GuestAuthError" as const;
}

/** Whether a value is a {@link GuestAuthError}; checks `name`, so it works across package copies. */
export function isGuestAuthError(value: unknown): value is GuestAuthError {
  return value instanceof Error && value.name === "GuestAuthError";
}
