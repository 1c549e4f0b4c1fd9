import { type Handler, result } from "../call.js";
import { requireVm } from "../guest-preflight.js";
import { BAD_REQUEST_ID, TOO_MANY_MATCHES_ID } from "../message-ids.js";
import { VapiFault } from "../vapi-fault.js";
import { guestOperationsInfo, restVmInfo, toolsInfo, vmInfo, vmSummary } from "../vm-info.js";

/** The most VMs one list may return, as in vCenter. */
const MAX_LISTED = 4000;
const POWER_STATES: ReadonlySet<string> = new Set(["POWERED_ON", "POWERED_OFF", "SUSPENDED"]);

/**
 * `GET /api/vcenter/vm` (`names`, `vms`, `power_states`, each repeated per value) and
 * `GET /rest/vcenter/vm` (the same with the `filter.` prefix). Other filters (folders, hosts...)
 * are accepted and ignored: the simulator has no such objects.
 */
export const listVms: Handler = async (call) => {
  const prefix = call.wire === "rest" ? "filter." : "";
  const values = (name: string) => new Set(call.url.searchParams.getAll(`${prefix}${name}`));
  const names = values("names");
  const ids = values("vms");
  const powerStates = values("power_states");
  for (const state of powerStates) {
    if (!POWER_STATES.has(state)) {
      throw new VapiFault("INVALID_ARGUMENT", BAD_REQUEST_ID, `Unknown power state ${state}.`, {
        args: [state],
      });
    }
  }
  const matches = call.ctx.inventory
    .list()
    .filter(
      (vm) =>
        (names.size === 0 || names.has(vm.name)) &&
        (ids.size === 0 || ids.has(vm.id)) &&
        (powerStates.size === 0 || powerStates.has(vm.powerState)),
    );
  if (matches.length > MAX_LISTED) {
    throw new VapiFault(
      "UNABLE_TO_ALLOCATE_RESOURCE",
      TOO_MANY_MATCHES_ID,
      `${matches.length} VMs match the filter; at most ${MAX_LISTED} can be listed.`,
    );
  }
  return result(call, matches.map(vmSummary));
};

/** `GET /api/vcenter/vm/{vm}`, `GET /rest/vcenter/vm/{vm}`. */
export const getVm: Handler = async (call) => {
  const vm = requireVm(call);
  return result(call, call.wire === "api" ? vmInfo(vm) : restVmInfo(vm));
};

/** `GET /api/vcenter/vm/{vm}/tools`. */
export const getTools: Handler = async (call) => result(call, toolsInfo(requireVm(call)));

/** `GET /api/vcenter/vm/{vm}/guest/operations`. */
export const getGuestOperations: Handler = async (call) =>
  result(call, guestOperationsInfo(requireVm(call)));
