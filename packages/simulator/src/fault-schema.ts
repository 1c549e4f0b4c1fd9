// The one schema of fault settings, for start options (`options.faults`) and run-time changes
// (`sim.faults.set`, `setForVm`) alike, so a typo fails the same way wherever it is made.
import { z } from "zod";
import { RANDOM_FAULT_KINDS } from "./fault-config.js";
import { FAULT_OPERATION_KEYS } from "./fault-operations.js";
import { recordOf, strictObject } from "./schema-messages.js";

const ms = z.number().int().min(0);
const count = z.number().int().min(0);
const probability = z.number().min(0).max(1);
const operationCounters = recordOf("operation", FAULT_OPERATION_KEYS, count);

const faultFields = {
  latencyMs: ms.optional(),
  slowMs: ms.optional(),
  slowProbability: probability.optional(),
  busy: operationCounters.optional(),
  serviceUnavailable: operationCounters.optional(),
  toolsDownForCreates: count.optional(),
  resetAfterCreate: count.optional(),
  failToStart: count.optional(),
};

const randomFaults = strictObject({
  probability,
  kinds: z.array(z.enum(RANDOM_FAULT_KINDS as [string, ...string[]])).optional(),
  seed: z.number().int().optional(),
  slowMs: ms.optional(),
});

/** One VM's faults (`setForVm`, `options.faults.vms[id]`): no random mode, which is global. */
export const faultConfigSchema = strictObject(faultFields);

/** Global faults at run time (`sim.faults.set`). */
export const faultSettingsSchema = strictObject({
  ...faultFields,
  random: randomFaults.optional(),
});

/** Faults at start (`options.faults`); the VM ids under `vms` are checked against the inventory. */
export const faultOptionsSchema = strictObject({
  ...faultFields,
  random: randomFaults.optional(),
  vms: z.record(z.string(), faultConfigSchema).optional(),
});

/** Why a VM id cannot carry faults (not in the inventory), or undefined when it can. */
export function unknownVmReason(vm: string, vmIds: readonly string[]): string | undefined {
  if (vmIds.includes(vm)) return undefined;
  // A 200-VM fleet would bury the message: a few ids show the shape, the count says the rest.
  const shown = vmIds.slice(0, 10).join(", ");
  const more = vmIds.length > 10 ? `, and ${vmIds.length - 10} more` : "";
  return `unknown VM ${JSON.stringify(vm)} (VMs in the inventory: ${shown || "none"}${more})`;
}
