// What the secret test makes the CLI do: successes, --json, --verbose, --dry-run, run handles,
// and failures (bad guest or vCenter password, bad SAML token, Tools down, timeout).
import { PLANTED } from "./planted.ts";
import type { SecretFiles } from "./secret-world.ts";

export interface CliScenario {
  readonly name: string;
  readonly argv: readonly string[];
  /** Changes to the world's environment. */
  readonly env?: Record<string, string>;
  /**
   * The exit status guestops must end with, so that a scenario cannot pass by failing early:
   * a number, "nonzero" for a failure, "any" when it depends on the machine (doctor).
   */
  readonly status: number | "nonzero" | "any";
}

export function cliScenarios(world: SecretFiles): CliScenario[] {
  const secretEnv = { LOCAL_SECRET: PLANTED.envValue };
  return [
    { name: "a run", argv: ["run", "--vm", "web-01", "--", "/bin/echo", "hello"], status: 0 },
    {
      name: "a run, --json, non-zero exit",
      argv: ["run", "--vm", "web-01", "--json", "--", "/bin/sh", "-c", "exit 3"],
      status: 3,
    },
    {
      name: "a run, --verbose",
      argv: [
        "run",
        "--vm",
        "web-01",
        "--verbose",
        "--",
        "/bin/sh",
        "-c",
        "echo out; echo err >&2; exit 1",
      ],
      status: 1,
    },
    {
      name: "--env copying a local secret, --verbose",
      argv: [
        "run",
        "--vm",
        "web-01",
        "--verbose",
        "--env",
        "LOCAL_SECRET",
        "--",
        "/bin/echo",
        "done",
      ],
      env: secretEnv,
      status: 0,
    },
    {
      name: "--dry-run with --env of a local secret",
      argv: ["run", "--vm", "web-01", "--dry-run", "--env", "LOCAL_SECRET", "--", "/bin/echo", "x"],
      env: secretEnv,
      status: 0,
    },
    {
      name: "--dry-run --json",
      argv: ["run", "--vm", "web-01", "--dry-run", "--json", "--", "/bin/echo", "x"],
      status: 0,
    },
    {
      name: "a SAML guest login, --verbose",
      argv: [
        "run",
        "--vm",
        "web-01",
        "--verbose",
        "--saml-token-file",
        world.samlFile,
        "--",
        "/bin/echo",
        "done",
      ],
      env: { GUESTOPS_GUEST_PASSWORD: "" },
      status: 0,
    },
    {
      name: "a wrong SAML token, --verbose",
      argv: [
        "run",
        "--vm",
        "web-01",
        "--verbose",
        "--saml-token-file",
        world.wrongSamlFile,
        "--",
        "/bin/true",
      ],
      env: { GUESTOPS_GUEST_PASSWORD: "" },
      status: "nonzero",
    },
    {
      name: "a bad guest password, --verbose",
      argv: ["run", "--vm", "web-01", "--verbose", "--", "/bin/true"],
      env: { GUESTOPS_GUEST_PASSWORD: PLANTED.wrongGuestPassword },
      status: "nonzero",
    },
    {
      name: "a bad guest password, --json",
      argv: ["run", "--vm", "web-01", "--json", "--", "/bin/true"],
      env: { GUESTOPS_GUEST_PASSWORD: PLANTED.wrongGuestPassword },
      status: "nonzero",
    },
    {
      name: "a bad vCenter password, --verbose",
      argv: ["run", "--vm", "web-01", "--verbose", "--", "/bin/true"],
      env: { GUESTOPS_PASSWORD: PLANTED.wrongVcenterPassword },
      status: "nonzero",
    },
    {
      name: "Tools down, --verbose",
      argv: ["run", "--vm", "tools-down-01", "--verbose", "--", "/bin/true"],
      status: "nonzero",
    },
    {
      name: "a timeout, --verbose",
      argv: ["run", "--vm", "web-02", "--verbose", "--timeout", "1s", "--", "/bin/sleep", "30"],
      status: 124,
    },
    {
      name: "a timeout, --json",
      argv: ["run", "--vm", "web-02", "--json", "--timeout", "500ms", "--", "/bin/sleep", "30"],
      status: 124,
    },
    {
      name: "start --json (a run handle)",
      argv: ["start", "--vm", "web-01", "--json", "--", "/bin/sleep", "0.2"],
      status: 0,
    },
    { name: "ps --json", argv: ["ps", "--vm", "web-01", "--json"], status: 0 },
    { name: "vms --json --verbose", argv: ["vms", "--json", "--verbose"], status: 0 },
    { name: "doctor", argv: ["doctor", "--vm", "web-01"], status: "any" },
    {
      name: "doctor with a bad guest password",
      argv: ["doctor", "--vm", "web-01"],
      env: { GUESTOPS_GUEST_PASSWORD: PLANTED.wrongGuestPassword },
      status: "nonzero",
    },
  ];
}
