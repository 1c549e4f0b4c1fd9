import type { Call } from "./call.js";
import { authenticateGuest } from "./guest-auth.js";
import type { GuestUser, VmState } from "./inventory-config.js";
import {
  TOOLS_NOT_RUNNING_ID,
  TOOLS_UNSUPPORTED_ID,
  VM_NOT_FOUND_ID,
  VM_NOT_RUNNING_ID,
} from "./message-ids.js";
import type { GuestCredentials } from "./request-schemas.js";
import { VapiFault } from "./vapi-fault.js";

/** The VM named in the path, or 404 NOT_FOUND. */
export function requireVm(call: Call): VmState {
  const id = call.params.vm ?? "";
  const vm = call.ctx.inventory.get(id);
  if (vm === undefined) {
    throw new VapiFault("NOT_FOUND", VM_NOT_FOUND_ID, `The virtual machine ${id} was not found.`, {
      args: [id],
    });
  }
  return vm;
}

/** 503 SERVICE_UNAVAILABLE: VMware Tools is not running in the guest. */
export function toolsNotRunning(vm: VmState): VapiFault {
  return new VapiFault(
    "SERVICE_UNAVAILABLE",
    TOOLS_NOT_RUNNING_ID,
    `VMware Tools is not running in the guest of ${vm.id}.`,
    { args: [vm.id] },
  );
}

/**
 * The checks every guest operation makes, in order: VM powered on (400
 * NOT_ALLOWED_IN_CURRENT_STATE), Tools running (503; an injected `toolsDown` fault, asked only
 * at that point, forces it), Tools supporting guest operations (400 UNSUPPORTED), then the guest
 * credentials (401). Returns the guest user.
 */
export function guestPreflight(
  vm: VmState,
  credentials: GuestCredentials,
  toolsDown: () => boolean = () => false,
): GuestUser {
  if (vm.powerState !== "POWERED_ON") {
    throw new VapiFault(
      "NOT_ALLOWED_IN_CURRENT_STATE",
      VM_NOT_RUNNING_ID,
      `The virtual machine ${vm.id} is not running (${vm.powerState}).`,
      { args: [vm.id] },
    );
  }
  if (!vm.toolsRunning || toolsDown()) throw toolsNotRunning(vm);
  if (!vm.toolsSupportsProcesses) {
    throw new VapiFault(
      "UNSUPPORTED",
      TOOLS_UNSUPPORTED_ID,
      `VMware Tools in the guest of ${vm.id} does not support guest operations.`,
      { args: [vm.id] },
    );
  }
  return authenticateGuest(vm, credentials);
}
