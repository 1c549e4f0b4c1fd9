import { z } from "zod";
import { RANDOM_FAULT_KINDS } from "./fault-config.js";
import type { SimulatorOptions } from "./options.js";

// Checks options (from code or a --config file) so a typo fails at start with its path, instead
// of silently serving defaults. Keep in step with SimulatorOptions and the config types.

const ms = z.number().int().min(0);
const count = z.number().int().min(0);
const probability = z.number().min(0).max(1);
const counters = z.record(z.string(), count);

const faultConfig = z.strictObject({
  latencyMs: ms.optional(),
  slowMs: ms.optional(),
  slowProbability: probability.optional(),
  busy: counters.optional(),
  serviceUnavailable: counters.optional(),
  toolsDownForCreates: count.optional(),
  resetAfterCreate: count.optional(),
  failToStart: count.optional(),
});

const user = z.strictObject({ username: z.string().min(1), password: z.string() });

const vmFields = {
  powerState: z.enum(["POWERED_ON", "POWERED_OFF", "SUSPENDED"]).optional(),
  guestFamily: z.enum(["LINUX", "WINDOWS"]).optional(),
  toolsRunning: z.boolean().optional(),
  guestUsers: z
    .array(
      z.strictObject({
        username: z.string().min(1),
        password: z.string(),
        allowedPrograms: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  samlTokens: z
    .array(z.strictObject({ token: z.string().min(1), username: z.string().min(1) }))
    .optional(),
  toolsSupportsProcesses: z.boolean().optional(),
  guestOS: z.string().optional(),
  cpuCount: z.number().int().min(1).optional(),
  memoryMiB: z.number().int().min(1).optional(),
  emulation: z
    .strictObject({ exitCode: z.number().int().optional(), durationMs: ms.optional() })
    .optional(),
};

const optionsSchema = z.strictObject({
  flavor: z.enum(["api", "rest"]).optional(),
  tls: z
    .union([
      z.boolean(),
      z.strictObject({ cert: z.string(), key: z.string(), ca: z.string().optional() }),
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
      vms: z.array(z.strictObject({ id: z.string(), name: z.string(), ...vmFields })).optional(),
      fleet: z
        .strictObject({
          count: count,
          namePrefix: z.string().optional(),
          idPrefix: z.string().optional(),
          ...vmFields,
        })
        .optional(),
    })
    .optional(),
  faults: faultConfig
    .extend({
      random: z
        .strictObject({
          probability,
          kinds: z.array(z.enum(RANDOM_FAULT_KINDS as [string, ...string[]])).optional(),
          seed: z.number().int().optional(),
          slowMs: ms.optional(),
        })
        .optional(),
      vms: z.record(z.string(), faultConfig).optional(),
    })
    .optional(),
  rootDir: z.string().min(1).optional(),
});

/**
 * Validates simulator options.
 * @throws TypeError naming the first invalid field
 */
export function validateOptions(options: unknown): SimulatorOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (result.success) return options as SimulatorOptions;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "options" : issue.path.join(".");
  throw new TypeError(`Invalid simulator options at ${where}: ${issue?.message ?? "invalid"}`);
}
