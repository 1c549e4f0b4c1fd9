import * as v from "valibot";
import { compileGlob } from "./glob.js";
import { isVmId } from "./vm-id.js";

const policySchema = v.strictObject({
  vms: v.array(v.pipe(v.string(), v.nonEmpty())),
  programs: v.array(
    v.pipe(
      v.string(),
      v.check(isAbsolutePath, "must be an absolute path (/usr/bin/x or C:\\dir\\x.exe)"),
    ),
  ),
  maxTimeoutMs: v.pipe(v.number(), v.integer(), v.minValue(1)),
  allowEnv: v.optional(v.boolean(), false),
  allowWorkingDirectory: v.optional(v.boolean(), false),
});

/** `WEBHOOK_POLICY` as written: see the README's policy section. */
export type PolicyInput = v.InferInput<typeof policySchema>;

/** A validated policy, with its VM entries split into exact ids and compiled name globs. */
export interface Policy {
  vmIds: ReadonlySet<string>;
  vmNames: readonly RegExp[];
  programs: ReadonlySet<string>;
  /** The longest run a caller may ask for, in ms. */
  maxTimeoutMs: number;
  allowEnv: boolean;
  allowWorkingDirectory: boolean;
}

/** Why a policy could not be read: `path` names the offending field, e.g. `programs[1]`. */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
}

/** Validates a policy object, rejecting unknown fields so that a typo never loosens it silently. */
export function parsePolicy(input: unknown): Policy {
  const result = v.safeParse(policySchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue === undefined ? "" : formatPath(v.getDotPath(issue));
    throw new PolicyError(`${path || "policy"}: ${issue?.message ?? "invalid"}`);
  }
  const policy = result.output;
  return {
    vmIds: new Set(policy.vms.filter(isVmId)),
    vmNames: policy.vms.filter((entry) => !isVmId(entry)).map(compileGlob),
    programs: new Set(policy.programs),
    maxTimeoutMs: policy.maxTimeoutMs,
    allowEnv: policy.allowEnv,
    allowWorkingDirectory: policy.allowWorkingDirectory,
  };
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:\\/.test(path);
}

function formatPath(dotPath: string | null): string {
  return (dotPath ?? "").replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}
