import { z } from "zod";
import { demoInventory } from "./demo-inventory.js";
import { faultOptionsSchema, unknownVmReason } from "./fault-schema.js";
import { expandInventory, type InventoryConfig } from "./inventory-config.js";
import type { SimulatorOptions } from "./options.js";
import { firstIssue, strictObject } from "./schema-messages.js";

// Checks options (from code or a --config file) so a typo fails at start with its path, instead
// of silently serving defaults. Keep in step with SimulatorOptions and the config types.

const ms = z.number().int().min(0);
const count = z.number().int().min(0);

const user = strictObject({ username: z.string().min(1), password: z.string() });

const vmFields = {
  powerState: z.enum(["POWERED_ON", "POWERED_OFF", "SUSPENDED"]).optional(),
  guestFamily: z.enum(["LINUX", "WINDOWS"]).optional(),
  toolsRunning: z.boolean().optional(),
  guestUsers: z
    .array(
      strictObject({
        username: z.string().min(1),
        password: z.string(),
        allowedPrograms: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  samlTokens: z
    .array(strictObject({ token: z.string().min(1), username: z.string().min(1) }))
    .optional(),
  toolsSupportsProcesses: z.boolean().optional(),
  guestOS: z.string().optional(),
  cpuCount: z.number().int().min(1).optional(),
  memoryMiB: z.number().int().min(1).optional(),
  emulation: z
    .strictObject({ exitCode: z.number().int().optional(), durationMs: ms.optional() })
    .optional(),
};

const optionsSchema = strictObject({
  flavor: z.enum(["api", "rest"]).optional(),
  tls: z
    .union([
      z.boolean(),
      strictObject({ cert: z.string(), key: z.string(), ca: z.string().optional() }),
    ])
    .optional(),
  host: z.string().min(1).optional(),
  port: z.number().int().min(0).max(65_535).optional(),
  allowRemote: z.boolean().optional(),
  users: z.array(user).min(1).optional(),
  sessionIdleMs: ms.optional(),
  retentionMs: ms.optional(),
  transferTtlMs: ms.optional(),
  inventory: z
    .strictObject({
      vms: z.array(strictObject({ id: z.string(), name: z.string(), ...vmFields })).optional(),
      fleet: z
        .strictObject({
          count: count,
          namePrefix: z.string().optional(),
          idPrefix: z.string().optional(),
          idStart: count.optional(),
          ...vmFields,
        })
        .optional(),
    })
    .optional(),
  faults: faultOptionsSchema.optional(),
  rootDir: z.string().min(1).optional(),
});

function invalid(path: string, reason: string): TypeError {
  return new TypeError(`Invalid simulator options at ${path === "" ? "options" : path}: ${reason}`);
}

/**
 * Validates simulator options, including the operations and VM ids named by `faults`.
 * @throws TypeError naming the first invalid field
 */
export function validateOptions(options: unknown): SimulatorOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (!result.success) {
    const { path, reason } = firstIssue(result.error);
    throw invalid(path, reason);
  }
  const checked = options as SimulatorOptions | undefined;
  const faultVms = Object.keys(checked?.faults?.vms ?? {});
  if (faultVms.length > 0) {
    // Per-VM faults for a VM that does not exist would never fire: refuse them like a typo.
    const inventory: InventoryConfig = checked?.inventory ?? demoInventory();
    const vmIds = expandInventory(inventory).map((vm) => vm.id);
    for (const vm of faultVms) {
      const reason = unknownVmReason(vm, vmIds);
      if (reason !== undefined) throw invalid(`faults.vms.${vm}`, reason);
    }
  }
  return options as SimulatorOptions;
}
