import { describe, expect, test } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { captureIo } from "../test/capture-io.js";
import { runCli } from "./main.js";

// None of these reach a vCenter: the URL points at a closed port, so a test that sent anything
// would fail with a connection error instead of the usage error it expects.
const env = {
  GUESTOPS_URL: "http://127.0.0.1:9",
  GUESTOPS_USERNAME: "u",
  GUESTOPS_PASSWORD: "vc-secret-pw",
  GUESTOPS_GUEST_USER: "root",
  GUESTOPS_GUEST_PASSWORD: "guest-secret-pw",
};

async function cli(argv: string[], options: Parameters<typeof captureIo>[0] = {}) {
  const capture = captureIo({ env, ...options });
  const status = await runCli(argv, capture.io);
  return { status, stdout: capture.stdout(), stderr: capture.stderr(), capture };
}

describe("help and version", () => {
  test("prints the version and exits 0", async () => {
    const { status, stdout } = await cli(["--version"]);
    expect(status).toBe(0);
    expect(stdout).toBe(`${packageJson.version}\n`);
  });

  test("lists every command in the help", async () => {
    const { status, stdout } = await cli(["--help"]);
    expect(status).toBe(0);
    for (const command of ["run", "start", "wait", "ps", "kill", "vms", "doctor", "simulator"]) {
      expect(stdout).toContain(`  ${command} `);
    }
    expect(stdout).toContain("Exit status:");
  });

  test("shows the run flags in run's help", async () => {
    const { status, stdout } = await cli(["run", "--help"]);
    expect(status).toBe(0);
    for (const flag of [
      "--vm",
      "--vms-from",
      "--env",
      "--cwd",
      "--timeout",
      "--max-output",
      "--no-capture",
      "--start-minimized",
      "--stdin",
      "--json",
      "--concurrency",
      "--dry-run",
      "--password-stdin",
      "--guest-password-stdin",
      "--saml-token-file",
      "--interactive",
      "--insecure",
      "--ca-file",
      "--api-flavor",
      "--verbose",
    ]) {
      expect(stdout).toContain(flag);
    }
  });

  test("prints the help on stderr and exits 2 without a command", async () => {
    const { status, stderr } = await cli([]);
    expect(status).toBe(2);
    expect(stderr).toContain("Usage: guestops");
  });
});

describe("usage errors exit 2 with the usage line, before anything is sent", () => {
  test.each<[string[], RegExp]>([
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["run", "--vm", "web-01", "--bogus", "--", "/bin/true"], /unknown option '--bogus'/],
    [["run", "--vm", "web-01"], /missing required argument 'program'/],
    [["run", "--", "/bin/true"], /no VM given: name one with --vm/],
    [
      ["run", "--vm", "web-01", "--timeout", "soon", "--", "/bin/true"],
      /--timeout "soon" is not a duration/,
    ],
    [
      ["run", "--vm", "web-01", "--timeout", "99999999999h", "--", "/bin/sleep", "161"],
      /--timeout "99999999999h" is too long: the longest is 596h31m23s/,
    ],
    [
      ["start", "--vm", "web-01", "--json", "--timeout", "600h", "--", "/bin/sleep", "161"],
      /--timeout "600h" is too long/,
    ],
    [
      ["wait", "--vm", "web-01", "--pid", "42", "--timeout", "600h"],
      /--timeout "600h" is too long: the longest is 596h31m23s \(about 24\.8 days\)/,
    ],
    [
      ["run", "--vm", "web-01", "--max-output", "lots", "--", "/bin/true"],
      /--max-output "lots" is not a size: write it like 512k, 4MiB/,
    ],
    [
      ["run", "--vm", "web-01", "--max-output", "1GiB", "--", "/bin/true"],
      /--max-output "1GiB" is too big: the most is 256 MiB/,
    ],
    [
      ["run", "--vm", "web-01", "--no-capture", "--max-output", "4MiB", "--", "/bin/true"],
      /--max-output has no effect with --no-capture/,
    ],
    [
      ["start", "--vm", "web-01", "--max-output", "4MiB", "--", "/bin/true"],
      /--max-output needs --json/,
    ],
    [["run", "--vm", "web-01", "--env", "1X=2", "--", "/bin/true"], /is not NAME=VALUE/],
    [["run", "--vm", "web-01", "--", "./ls"], /the program must be an absolute path in the guest/],
    [
      ["run", "--vm", "web-01", "--cwd", "tmp", "--", "/bin/true"],
      /--cwd must be an absolute path/,
    ],
    [
      ["run", "--vm", "a", "--vm", "b", "--concurrency", "0", "--", "/bin/true"],
      /--concurrency <n>' argument '0' is invalid/,
    ],
    [
      ["run", "--vm", "web-01", "--stdin", "/nonexistent/input", "--", "/bin/cat"],
      /--stdin \/nonexistent\/input cannot be read \(ENOENT\)/,
    ],
    [
      ["run", "--vms-from", "/nonexistent/vms", "--", "/bin/true"],
      /--vms-from \/nonexistent\/vms cannot be read/,
    ],
    [["ps"], /required option '--vm <vm>' not specified/],
    [["ps", "--vm", ""], /option '--vm <vm>' argument '' is invalid\. give a VM name or id/],
    [["run", "--vm", " ", "--", "/bin/true"], /argument ' ' is invalid\. give a VM name or id/],
    [["kill", "--vm", "", "--pid", "1"], /argument '' is invalid\. give a VM name or id/],
    [
      ["vms", "--ca-file", "/tmp"],
      /^guestops vms: --ca-file \/tmp is a directory: give the PEM file/,
    ],
    [["kill", "--vm", "web-01", "--pid", "x"], /--pid <pid>' argument 'x' is invalid/],
    [["wait", "--vm", "web-01"], /give either --handle <file\|-> or both --vm and --pid/],
    [
      ["vms", "--power-state", "sleeping"],
      /--power-state "sleeping" is not one of on, off, suspended/,
    ],
    [["vms", "--api-flavor", "soap"], /--api-flavor "soap" is not one of auto, api, rest/],
  ])("%j", async (argv, message) => {
    const { status, stderr, stdout } = await cli(argv);
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    if (argv[0] !== "frobnicate") expect(stderr).toMatch(/Usage: guestops \w+ /);
  });

  test("rejects --password and says how to pass it, without echoing the value", async () => {
    const { status, stderr } = await cli([
      "run",
      "--vm",
      "web-01",
      "--password",
      "hunter2",
      "--",
      "/bin/true",
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain("--password is not accepted");
    expect(stderr).toContain("GUESTOPS_PASSWORD");
    expect(stderr).toContain("--password-stdin");
    expect(stderr).not.toContain("hunter2");
  });

  test("explains a missing vCenter and a missing guest login", async () => {
    const noUrl = await cli(["vms"], { env: {} });
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain(
      "no vCenter given: pass --url <host>, or set GUESTOPS_URL (or govc's GOVC_URL)",
    );
    const noGuest = await cli(["ps", "--vm", "web-01"], {
      env: { GOVC_URL: "u:p@127.0.0.1:9" },
    });
    expect(noGuest.status).toBe(2);
    expect(noGuest.stderr).toContain("no guest user: pass --guest-user");
  });

  test("refuses two readers of stdin before reading it", async () => {
    const { status, stderr, capture } = await cli(
      ["run", "--vm", "web-01", "--stdin", "-", "--password-stdin", "--", "/bin/cat"],
      { stdin: "pw\n" },
    );
    expect(status).toBe(2);
    expect(stderr).toContain("--stdin - and --password-stdin both read standard input");
    expect(capture.stdinReads()).toBeLessThanOrEqual(1);
  });
});
