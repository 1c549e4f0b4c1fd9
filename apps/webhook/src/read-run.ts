import type { AppContext } from "./app-context.js";
import type { PasswordCredentials } from "./guest-credentials.js";
import { checkResolvedVm } from "./policy-check.js";
import { errorResponse } from "./responses.js";
import { type RunToken, verifyRunId } from "./run-id.js";

/** A run id that this function signed, for a VM that the policy still allows. */
export type RunRead =
  | { ok: true; token: RunToken; credentials: PasswordCredentials }
  | { ok: false; response: Response; reason: string };

/**
 * Reads `{id}` of `/runs/{id}`: a tampered or foreign id is refused here and never reaches vCenter.
 * The policy is checked again, so narrowing it also cuts off runs that were started before.
 */
export async function readRun(ctx: AppContext, id: string): Promise<RunRead> {
  const check = await verifyRunId(id, (await ctx.keys()).runId);
  if (!check.ok) {
    return {
      ok: false,
      reason: "run_id",
      response: errorResponse(400, "bad_request", check.reason, { field: "id" }),
    };
  }
  const { token } = check;
  const decision = checkResolvedVm(ctx.policy, token.vm);
  if (!decision.allowed) {
    return {
      ok: false,
      reason: "policy",
      response: errorResponse(403, "forbidden", decision.reason),
    };
  }
  const credentials = ctx.guestCredentials(token.vm);
  if (credentials === undefined) {
    const message = `no guest credentials are configured for vm ${JSON.stringify(token.vm.name ?? token.vm.id)}`;
    return {
      ok: false,
      reason: "no_guest_credentials",
      response: errorResponse(403, "forbidden", message),
    };
  }
  return { ok: true, token, credentials };
}
