import type { AppContext } from "./app-context.js";
import { checkResolvedVm } from "./policy-check.js";
import { errorResponse } from "./responses.js";
import { type RunToken, signRunId } from "./run-id.js";
import { type RunView, runningView } from "./run-view.js";
import type { StartRequest } from "./start-request.js";

/** A started run, or the response that explains why nothing started. */
export type StartOutcome =
  | { ok: true; view: RunView; token: RunToken }
  | { ok: false; response: Response; reason: string };

/**
 * Resolves the VM, checks the resolved VM against the policy again (a name may resolve to a VM
 * the policy does not list), picks the guest login from configuration and starts the program.
 * Runner errors propagate to the caller.
 */
export async function startRun(ctx: AppContext, request: StartRequest): Promise<StartOutcome> {
  const vm = await ctx.runner.resolveVm(request.vm);
  const decision = checkResolvedVm(ctx.policy, vm);
  if (!decision.allowed) {
    return {
      ok: false,
      reason: "policy",
      response: errorResponse(403, "forbidden", decision.reason),
    };
  }
  const credentials = ctx.guestCredentials(vm);
  if (credentials === undefined) {
    const message = `no guest credentials are configured for vm ${JSON.stringify(vm.name ?? vm.id)}`;
    return {
      ok: false,
      reason: "no_guest_credentials",
      response: errorResponse(403, "forbidden", message),
    };
  }
  const timeoutMs = request.timeoutMs ?? ctx.policy.maxTimeoutMs;
  const started = await ctx.runner.start({
    vm,
    path: request.path,
    arguments: request.arguments ?? [],
    env: request.env,
    workingDirectory: request.workingDirectory,
    capture: request.capture ?? true,
    timeoutMs,
    credentials,
  });
  const token: RunToken = {
    handle: started.handle,
    deadline: ctx.now() + timeoutMs,
    // Only what later requests need: the id and name (policy, guest login).
    vm: vm.name === undefined ? { id: vm.id } : { id: vm.id, name: vm.name },
    pid: started.pid,
    startedAt: started.startedAt,
  };
  const id = await signRunId(token, firstKey((await ctx.keys()).runId));
  return { ok: true, view: runningView(id, token), token };
}

function firstKey(keys: readonly CryptoKey[]): CryptoKey {
  const key = keys[0];
  if (key === undefined) throw new TypeError("no run id key");
  return key;
}
