import { UsageError } from "../usage-error.js";

/** Reads a boolean environment variable (`1/true/yes/on`, `0/false/no/off`, empty = unset). */
export function readBooleanEnv(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return undefined;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new UsageError(`${name}=${JSON.stringify(env[name])} is not a boolean: use 1 or 0`);
}

/** The first variable of `names` that is set and not empty, with its name (for messages). */
export function firstEnv(
  env: Readonly<Record<string, string | undefined>>,
  ...names: string[]
): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== "") return { name, value };
  }
  return undefined;
}
