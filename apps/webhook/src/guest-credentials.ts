import { ConfigError } from "./config-error.js";
import { compileGlob } from "./glob.js";
import { isVmId } from "./vm-id.js";

/** Guest OS login, as `@guestops/client` takes it. */
export interface PasswordCredentials {
  readonly type: "password";
  readonly username: string;
  readonly password: string;
}

interface Rule {
  ids: ReadonlySet<string>;
  names: readonly RegExp[];
  credentials: PasswordCredentials;
}

/** Picks the guest login for a VM: the first matching rule, else the default, else none. */
export type GuestCredentialsResolver = (vm: {
  id: string;
  name?: string | undefined;
}) => PasswordCredentials | undefined;

/**
 * Builds the resolver from `GUESTOPS_GUEST_USER`/`GUESTOPS_GUEST_PASSWORD` (the default) and
 * `GUESTOPS_GUEST_CREDENTIALS` (JSON `[{"vms": ["win-*"], "username": "...", "password": "..."}]`,
 * first match wins). Errors name the variable and the entry, never a value.
 */
export function createGuestCredentialsResolver(
  user: string | undefined,
  password: string | undefined,
  rulesJson: string | undefined,
): GuestCredentialsResolver {
  if ((user === undefined) !== (password === undefined)) {
    const missing = user === undefined ? "GUESTOPS_GUEST_USER" : "GUESTOPS_GUEST_PASSWORD";
    throw new ConfigError(
      missing,
      "is missing (set GUESTOPS_GUEST_USER and GUESTOPS_GUEST_PASSWORD together)",
    );
  }
  const rules = rulesJson === undefined ? [] : parseRules(rulesJson);
  if (user === undefined && rules.length === 0) {
    throw new ConfigError(
      "GUESTOPS_GUEST_USER",
      "is missing: set GUESTOPS_GUEST_USER and GUESTOPS_GUEST_PASSWORD, or GUESTOPS_GUEST_CREDENTIALS",
    );
  }
  const fallback: PasswordCredentials | undefined =
    user === undefined || password === undefined
      ? undefined
      : { type: "password", username: user, password };

  return (vm) => {
    for (const rule of rules) {
      const name = vm.name;
      if (
        rule.ids.has(vm.id) ||
        (name !== undefined && rule.names.some((glob) => glob.test(name)))
      ) {
        return rule.credentials;
      }
    }
    return fallback;
  };
}

const VARIABLE = "GUESTOPS_GUEST_CREDENTIALS";

function parseRules(json: string): Rule[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // JSON.parse's message quotes the input, which holds passwords: say only that it failed.
    throw new ConfigError(VARIABLE, "is not valid JSON");
  }
  if (!Array.isArray(value)) throw new ConfigError(VARIABLE, "must be a JSON array of rules");
  return value.map((entry: unknown, index) => {
    const where = `[${index}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new ConfigError(VARIABLE, `${where} must be an object`);
    }
    const { vms, username, password, ...rest } = entry as Record<string, unknown>;
    const unknownKey = Object.keys(rest)[0];
    if (unknownKey !== undefined) {
      throw new ConfigError(
        VARIABLE,
        `${where} has an unknown field ${JSON.stringify(unknownKey)}`,
      );
    }
    if (
      !Array.isArray(vms) ||
      vms.length === 0 ||
      !vms.every((vm) => typeof vm === "string" && vm !== "")
    ) {
      throw new ConfigError(
        VARIABLE,
        `${where}.vms must be a non-empty array of VM ids or name globs`,
      );
    }
    if (typeof username !== "string" || username === "") {
      throw new ConfigError(VARIABLE, `${where}.username must be a non-empty string`);
    }
    if (typeof password !== "string")
      throw new ConfigError(VARIABLE, `${where}.password must be a string`);
    const patterns = vms as string[];
    return {
      ids: new Set(patterns.filter(isVmId)),
      names: patterns.filter((vm) => !isVmId(vm)).map(compileGlob),
      credentials: { type: "password", username, password },
    };
  });
}
