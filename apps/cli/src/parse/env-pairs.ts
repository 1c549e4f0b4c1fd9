import { UsageError } from "../usage-error.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_.()-]*$/;

/**
 * Reads repeated `--env` values into the map sent to the guest. `K=V` sets a value (V may hold `=`
 * and may be empty); a bare `K` copies K's value from the local environment, so a secret can be
 * passed without appearing in this process's argv; those values are returned as `secrets`, for
 * the CLI to redact from what it prints. Later values of the same name win.
 *
 * @throws {UsageError} on an empty or malformed name, or a bare name not set locally.
 */
export function parseEnvPairs(
  values: readonly string[],
  localEnv: Readonly<Record<string, string | undefined>>,
): { env: Record<string, string>; secrets: string[] } {
  const env: Record<string, string> = {};
  const secrets: string[] = [];
  for (const value of values) {
    const eq = value.indexOf("=");
    const name = eq === -1 ? value : value.slice(0, eq);
    if (!NAME.test(name)) {
      throw new UsageError(
        `--env ${JSON.stringify(eq === -1 ? value : `${name}=…`)} is not NAME=VALUE: give a variable name, then =, then the value`,
      );
    }
    if (eq !== -1) {
      env[name] = value.slice(eq + 1);
      continue;
    }
    const local = localEnv[name];
    if (local === undefined) {
      throw new UsageError(
        `--env ${name} copies ${name} from your environment, but it is not set: export it or write --env ${name}=VALUE`,
      );
    }
    env[name] = local;
    if (local !== "") secrets.push(local);
  }
  return { env, secrets };
}
