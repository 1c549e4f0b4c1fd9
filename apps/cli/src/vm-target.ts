import type { GuestopsClient } from "./connect.js";

/** A VM as the user named it and as vCenter identifies it. */
export interface VmTarget {
  /** What the user typed: a name or an id. */
  readonly requested: string;
  /** vCenter's identifier, e.g. `vm-42`. */
  readonly id: string;
}

/** Resolves a VM name or id into its identifier (one list call; fails on none or several). */
export async function resolveVmTarget(
  client: GuestopsClient,
  requested: string,
  signal: AbortSignal,
): Promise<VmTarget> {
  const vm = await client.resolveVm(requested, { signal });
  return { requested, id: vm.vm };
}
