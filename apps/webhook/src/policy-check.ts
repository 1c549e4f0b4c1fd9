import type { Policy } from "./policy.js";
import { isVmId } from "./vm-id.js";

/** What a caller asked for, as far as the policy cares. */
export interface PolicyRequest {
  vm: string;
  path: string;
  timeoutMs?: number | undefined;
  env?: Record<string, string> | undefined;
  workingDirectory?: string | undefined;
}

export type PolicyDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Checks a start request against the policy using only what the caller sent, so that a denied
 * request never reaches vCenter. An id-looking `vm` must be listed as an id; a name must match a
 * name glob. (A name that only an id entry would allow is denied: deciding would need vCenter.)
 */
export function checkStartRequest(policy: Policy, request: PolicyRequest): PolicyDecision {
  const vmAllowed = isVmId(request.vm)
    ? policy.vmIds.has(request.vm)
    : policy.vmNames.some((glob) => glob.test(request.vm));
  if (!vmAllowed) return deny(`vm ${JSON.stringify(request.vm)} is not allowed by policy`);
  if (!policy.programs.has(request.path)) {
    return deny(`program ${JSON.stringify(request.path)} is not allowed by policy`);
  }
  if (request.timeoutMs !== undefined && request.timeoutMs > policy.maxTimeoutMs) {
    return deny(
      `timeoutMs ${request.timeoutMs} exceeds the policy's maxTimeoutMs ${policy.maxTimeoutMs}`,
    );
  }
  if (request.env !== undefined && !policy.allowEnv) {
    return deny("env is not allowed by policy");
  }
  if (request.workingDirectory !== undefined && !policy.allowWorkingDirectory) {
    return deny("workingDirectory is not allowed by policy");
  }
  return { allowed: true };
}

/**
 * Checks the VM that vCenter resolved, so a name that resolves to an unlisted VM (or an id whose
 * VM was renamed) is still denied before anything starts.
 */
export function checkResolvedVm(
  policy: Policy,
  vm: { id: string; name?: string | undefined },
): PolicyDecision {
  if (policy.vmIds.has(vm.id)) return { allowed: true };
  const name = vm.name;
  if (name !== undefined && policy.vmNames.some((glob) => glob.test(name)))
    return { allowed: true };
  return deny(`vm ${JSON.stringify(vm.name ?? vm.id)} (${vm.id}) is not allowed by policy`);
}

function deny(reason: string): PolicyDecision {
  return { allowed: false, reason };
}
