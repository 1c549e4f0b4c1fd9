import { expect, test } from "vitest";
import { UsageError } from "../usage-error.js";
import { formatErrorLine } from "./error-line.js";

class FakeClientError extends Error {
  constructor(
    message: string,
    readonly operation: string,
  ) {
    super(message);
  }
}

test("turns the client's operation name into the step that failed, keeping why and what to do", () => {
  const error = new FakeClientError(
    "createProcess: VMware Tools is not running in vm-301 (503 SERVICE_UNAVAILABLE): start Tools or wait for the guest to boot",
    "createProcess",
  );
  expect(formatErrorLine(error, { command: "run", vm: "tools-down-01" })).toBe(
    "guestops: run on tools-down-01 failed while starting the program: VMware Tools is not running in vm-301 (503 SERVICE_UNAVAILABLE): start Tools or wait for the guest to boot",
  );
});

test("drops the client's own VM marker after the operation name", () => {
  const error = new FakeClientError(
    "login: cannot connect to 127.0.0.1:1 (ECONNREFUSED): check the URL",
    "login",
  );
  expect(formatErrorLine(error, { command: "vms" })).toBe(
    "guestops: vms failed while logging in to vCenter: cannot connect to 127.0.0.1:1 (ECONNREFUSED): check the URL",
  );
  const timeout = new FakeClientError(
    "getProcess in vm-1: no answer within 100 ms (timeout): retry",
    "getProcess",
  );
  expect(formatErrorLine(timeout, { command: "wait", vm: "web-01" })).toBe(
    "guestops: wait on web-01 failed while waiting for the program: no answer within 100 ms (timeout): retry",
  );
});

test("keeps a message it cannot attribute to a step, on one line", () => {
  expect(formatErrorLine(new Error("boom\n  at line 2"), { command: "ps", vm: "db-01" })).toBe(
    "guestops: ps on db-01 failed: boom at line 2",
  );
  expect(formatErrorLine("a string", { command: "ps" })).toBe("guestops: ps failed: a string");
});

test("prints usage errors as the command's complaint", () => {
  expect(formatErrorLine(new UsageError("no VM given"), { command: "run" })).toBe(
    "guestops run: no VM given",
  );
});

test("words the TLS advice in flags, not in the client's option names", () => {
  const error = Object.assign(
    new Error(
      "login: the TLS certificate of vc:443 is not trusted (SELF_SIGNED_CERT_IN_CHAIN): pass ca (the vCenter CA certificate), or knowingly set insecure to true",
    ),
    {
      name: "TransportError",
      operation: "login",
      code: "SELF_SIGNED_CERT_IN_CHAIN",
      advice: "pass ca (the vCenter CA certificate), or knowingly set insecure to true",
    },
  );
  expect(formatErrorLine(error, { command: "vms" })).toBe(
    "guestops: vms failed while logging in to vCenter: the TLS certificate of vc:443 is not trusted (SELF_SIGNED_CERT_IN_CHAIN): trust the CA that signed it with --ca-file <PEM file> (or GUESTOPS_CA_FILE; if one was given, it is not that CA), or knowingly --insecure",
  );
});

test("drops poll's function prefix and names the flag instead of the option", () => {
  const error = Object.assign(
    new Error(
      "createProcess in vm-101: runProcess: startMinimized is for Windows guests only (nothing was started)",
    ),
    { name: "InvalidRequestError", operation: "createProcess" },
  );
  expect(formatErrorLine(error, { command: "run", vm: "web-01" })).toBe(
    "guestops: run on web-01 failed while starting the program: --start-minimized is for Windows guests only (nothing was started)",
  );
  expect(
    formatErrorLine(new Error("runMany: concurrency must be at least 1"), { command: "run" }),
  ).toBe("guestops: run failed: concurrency must be at least 1");
});

test("names the flag and variables where the client says url", () => {
  const error = Object.assign(
    new Error(
      "login: cannot connect to 127.0.0.1:1 (ECONNREFUSED): Check the host and port in url and that vCenter is up; nothing was sent.",
    ),
    { name: "TransportError", operation: "login", code: "ECONNREFUSED" },
  );
  expect(formatErrorLine(error, { command: "vms" })).toBe(
    "guestops: vms failed while logging in to vCenter: cannot connect to 127.0.0.1:1 (ECONNREFUSED): Check the host and port in --url (or GUESTOPS_URL, GOVC_URL) and that vCenter is up; nothing was sent.",
  );
});

test("words poll's refusal of a line break for cmd.exe as what to do, without the function name", () => {
  const error = new TypeError(
    "quoteCmdArgs: an argument contains a NUL or line-break character, which cmd.exe cannot pass",
  );
  expect(formatErrorLine(error, { command: "run", vm: "win-01" })).toBe(
    "guestops: run on win-01 failed: an argument of the program holds a line break (or a NUL), which cmd.exe cannot pass to a Windows program, so nothing was started: send multi-line text through --stdin instead",
  );
});
