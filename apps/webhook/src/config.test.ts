import { describe, expect, test } from "vitest";
import { loadConfig } from "./config.js";
import { ConfigError } from "./config-error.js";

const policy = JSON.stringify({ vms: ["web-*"], programs: ["/bin/echo"], maxTimeoutMs: 60_000 });
const env: Record<string, string> = {
  WEBHOOK_SECRETS: "a".repeat(32),
  WEBHOOK_POLICY: policy,
  GUESTOPS_URL: "https://vc.example.com",
  GUESTOPS_USERNAME: "administrator@vsphere.local",
  GUESTOPS_PASSWORD: "vc-password-Q7",
  GUESTOPS_GUEST_USER: "root",
  GUESTOPS_GUEST_PASSWORD: "guest-password-Q7",
};

function configError(overrides: Record<string, string | undefined>, options = {}): ConfigError {
  try {
    loadConfig({ ...env, ...overrides }, options);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  test("reads a complete configuration with defaults", () => {
    const config = loadConfig(env);
    expect(config.secrets).toEqual(["a".repeat(32)]);
    expect(config.policy.maxTimeoutMs).toBe(60_000);
    expect(config.vcenter).toEqual({
      url: "https://vc.example.com",
      username: "administrator@vsphere.local",
      password: "vc-password-Q7",
      ca: undefined,
      insecure: false,
    });
    expect(config.guestCredentials({ id: "vm-1" })).toEqual({
      type: "password",
      username: "root",
      password: "guest-password-Q7",
    });
    expect(config.maxWaitMs).toBe(10_000);
    expect(config.retentionMs).toBe(86_400_000);
    expect(config.redisUrl).toBeUndefined();
  });

  test("splits rotated secrets on commas", () => {
    const config = loadConfig({ ...env, WEBHOOK_SECRETS: `${"n".repeat(32)}, ${"o".repeat(40)}` });
    expect(config.secrets).toEqual(["n".repeat(32), "o".repeat(40)]);
  });

  test.each([
    ["WEBHOOK_SECRETS", { WEBHOOK_SECRETS: undefined }, "is missing"],
    ["WEBHOOK_SECRETS", { WEBHOOK_SECRETS: "short" }, "shorter than 32"],
    ["WEBHOOK_SECRETS", { WEBHOOK_SECRETS: `${"a".repeat(32)},` }, "shorter than 32"],
    ["WEBHOOK_POLICY", { WEBHOOK_POLICY: undefined }, "is missing"],
    ["WEBHOOK_POLICY", { WEBHOOK_POLICY: "{not json" }, "not valid JSON"],
    [
      "WEBHOOK_POLICY",
      { WEBHOOK_POLICY: JSON.stringify({ vms: [], programs: ["bin/echo"], maxTimeoutMs: 1 }) },
      "programs[0]",
    ],
    [
      "WEBHOOK_POLICY",
      {
        WEBHOOK_POLICY: JSON.stringify({ vms: [], programs: [], maxTimeoutMs: 1, allowenv: true }),
      },
      "allowenv",
    ],
    [
      "WEBHOOK_POLICY",
      { WEBHOOK_POLICY: JSON.stringify({ vms: [], programs: [] }) },
      "maxTimeoutMs",
    ],
    ["GUESTOPS_URL", { GUESTOPS_URL: undefined }, "is missing"],
    ["GUESTOPS_URL", { GUESTOPS_URL: "vc.example.com" }, "http(s) URL"],
    ["GUESTOPS_USERNAME", { GUESTOPS_USERNAME: undefined }, "is missing"],
    ["GUESTOPS_PASSWORD", { GUESTOPS_PASSWORD: "" }, "is missing"],
    ["GUESTOPS_INSECURE", { GUESTOPS_INSECURE: "maybe" }, "true or false"],
    [
      "GUESTOPS_GUEST_USER",
      { GUESTOPS_GUEST_USER: undefined, GUESTOPS_GUEST_PASSWORD: undefined },
      "is missing",
    ],
    ["GUESTOPS_GUEST_PASSWORD", { GUESTOPS_GUEST_PASSWORD: undefined }, "is missing"],
    [
      "GUESTOPS_GUEST_CREDENTIALS",
      { GUESTOPS_GUEST_CREDENTIALS: '[{"vms":["a"],"username":"u","password":1}]' },
      "[0].password",
    ],
    ["REDIS_URL", { REDIS_URL: "http://localhost" }, "redis://"],
    ["WEBHOOK_MAX_WAIT_MS", { WEBHOOK_MAX_WAIT_MS: "10s" }, "milliseconds"],
    ["WEBHOOK_RETENTION_MS", { WEBHOOK_RETENTION_MS: "-1" }, "milliseconds"],
  ])("names %s when it is wrong", (variable, overrides, problem) => {
    const error = configError(overrides);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(problem);
  });

  test("never quotes a secret in its errors", () => {
    const secret = "guest-password-Q7-leak";
    const errors = [
      configError({
        GUESTOPS_GUEST_CREDENTIALS: `[{"vms":["a"],"username":"u","password":"${secret}"`,
      }),
      configError({ GUESTOPS_GUEST_CREDENTIALS: `{"password":"${secret}"}` }),
      configError({ WEBHOOK_SECRETS: `${secret}` }),
      configError({ REDIS_URL: `redis://:${secret}@` }),
    ];
    for (const error of errors)
      expect(`${error.message} ${String(error.stack)}`).not.toContain(secret);
  });

  test("reads the policy, CA and guest credentials from files when given paths", () => {
    const files: Record<string, string> = {
      "/etc/guestops/policy.json": policy,
      "/etc/guestops/ca.pem": "-----BEGIN CERTIFICATE-----",
      "/etc/guestops/guests.json": '[{"vms":["win-*"],"username":"Administrator","password":"w"}]',
    };
    const config = loadConfig(
      {
        ...env,
        WEBHOOK_POLICY: "/etc/guestops/policy.json",
        GUESTOPS_CA_FILE: "/etc/guestops/ca.pem",
        GUESTOPS_GUEST_CREDENTIALS: "/etc/guestops/guests.json",
      },
      {
        readFile: (path) => {
          const text = files[path];
          if (text === undefined) throw new Error(`ENOENT ${path}`);
          return text;
        },
      },
    );
    expect(config.vcenter.ca).toContain("BEGIN CERTIFICATE");
    expect(config.guestCredentials({ id: "vm-3", name: "win-01" })?.username).toBe("Administrator");
    expect(config.guestCredentials({ id: "vm-4", name: "lin-01" })?.username).toBe("root");
  });

  test("names the variable whose file cannot be read", () => {
    const error = configError(
      { WEBHOOK_POLICY: "/missing.json" },
      {
        readFile: () => {
          throw Object.assign(new Error("ENOENT: /missing.json"), { code: "ENOENT" });
        },
      },
    );
    expect(error.message).toBe("WEBHOOK_POLICY names a file that cannot be read (ENOENT)");
  });

  test("refuses files on a platform without them, and Redis where there are no sockets", () => {
    expect(configError({ WEBHOOK_POLICY: "/policy.json" }).message).toContain("no files");
    expect(
      configError({ REDIS_URL: "redis://127.0.0.1:6379" }, { redis: false }).message,
    ).toContain("not supported");
  });

  test("reads GUESTOPS_INSECURE as a boolean", () => {
    expect(loadConfig({ ...env, GUESTOPS_INSECURE: "true" }).vcenter.insecure).toBe(true);
    expect(loadConfig({ ...env, GUESTOPS_INSECURE: "0" }).vcenter.insecure).toBe(false);
  });

  test("accepts per-VM guest credentials without a default", () => {
    const config = loadConfig({
      ...env,
      GUESTOPS_GUEST_USER: undefined,
      GUESTOPS_GUEST_PASSWORD: undefined,
      GUESTOPS_GUEST_CREDENTIALS: '[{"vms":["vm-42"],"username":"svc","password":"p"}]',
    });
    expect(config.guestCredentials({ id: "vm-42", name: "x" })?.username).toBe("svc");
    expect(config.guestCredentials({ id: "vm-43", name: "x" })).toBeUndefined();
  });
});
