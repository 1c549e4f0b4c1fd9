import type { z } from "zod";
import type { FaultConfig, RandomFaults } from "./fault-config.js";
import { faultConfigSchema, faultSettingsSchema, unknownVmReason } from "./fault-schema.js";
import { firstIssue } from "./schema-messages.js";

function invalid(path: string, reason: string): TypeError {
  return new TypeError(`Invalid fault settings${path === "" ? "" : ` at ${path}`}: ${reason}`);
}

function check(schema: z.ZodType, config: unknown): void {
  const result = schema.safeParse(config);
  if (result.success) return;
  const { path, reason } = firstIssue(result.error);
  throw invalid(path, reason);
}

/**
 * Checks the settings of `sim.faults.set` before any of them applies.
 * @throws TypeError naming the first invalid field (`busy.createProces`) and the valid choices
 */
export function checkFaultSettings(config: FaultConfig & { readonly random?: RandomFaults }): void {
  check(faultSettingsSchema, config);
}

/**
 * Checks the VM and settings of `sim.faults.setForVm` before any of them applies.
 * @throws TypeError for a VM not in `vmIds` or an invalid field
 */
export function checkVmFaults(vm: string, config: FaultConfig, vmIds: readonly string[]): void {
  const unknown = unknownVmReason(vm, vmIds);
  if (unknown !== undefined) throw invalid("", unknown);
  check(faultConfigSchema, config);
}
