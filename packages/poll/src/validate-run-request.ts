import { InvalidRequestError } from "@guestops/client";
import type { RunRequest } from "./run-types.js";

/** Largest `maxOutputBytes`: output is held in memory. */
const MAX_OUTPUT_CAP = 256 * 1024 * 1024;

/** Refuses a run request before anything is sent, saying which call refused it and why. */
export function refuseRunRequest(
  where: "runProcess" | "startRun" | "runMany",
  vm: string | undefined,
  detail: string,
): never {
  throw new InvalidRequestError({
    reason: "invalidValue",
    operation: "createProcess",
    vm,
    detail: `${where}: ${detail} (nothing was started)`,
  });
}

/**
 * Checks a run request before anything is sent.
 * @throws InvalidRequestError naming the field and what is expected
 */
export function validateRunRequest(
  request: RunRequest,
  where: "runProcess" | "startRun" | "runMany",
): void {
  const vm = typeof request?.vm === "string" ? request.vm : undefined;
  const fail = (detail: string) => refuseRunRequest(where, vm, detail);
  if (typeof request !== "object" || request === null) fail("the request must be an object");
  if (where !== "runMany" && (typeof request.vm !== "string" || request.vm.trim() === "")) {
    fail("vm must be a VM name or identifier");
  }
  if (typeof request.path !== "string" || request.path.trim() === "") {
    fail("path must be the program to run, e.g. /usr/bin/uptime");
  }
  if (request.path.includes("\0")) fail("path must not contain a NUL character");
  if (
    request.args !== undefined &&
    (!Array.isArray(request.args) || request.args.some((arg) => typeof arg !== "string"))
  ) {
    fail("args must be an array of strings");
  }
  if (request.env !== undefined) {
    if (typeof request.env !== "object" || request.env === null || Array.isArray(request.env)) {
      fail("env must be an object of string values");
    }
    for (const [key, value] of Object.entries(request.env)) {
      if (typeof value !== "string") fail(`env.${key} must be a string`);
    }
  }
  if (request.workingDirectory !== undefined && typeof request.workingDirectory !== "string") {
    fail("workingDirectory must be a string");
  }
  const credentials = request.credentials as { type?: unknown } | undefined;
  if (
    typeof credentials !== "object" ||
    credentials === null ||
    (credentials.type !== "password" && credentials.type !== "saml")
  ) {
    fail(
      'credentials must be guest credentials ({ type: "password", username, password } or { type: "saml", token })',
    );
  }
  if (request.capture !== undefined && typeof request.capture !== "boolean") {
    fail("capture must be true or false");
  }
  if (
    request.stdin !== undefined &&
    typeof request.stdin !== "string" &&
    !(request.stdin instanceof Uint8Array)
  ) {
    fail("stdin must be a string or a Uint8Array");
  }
  const max = request.maxOutputBytes;
  if (max !== undefined && (!Number.isSafeInteger(max) || max < 1 || max > MAX_OUTPUT_CAP)) {
    fail(`maxOutputBytes must be an integer from 1 to ${MAX_OUTPUT_CAP} (got ${max})`);
  }
  const timeout = request.timeout;
  if (
    timeout !== undefined &&
    (typeof timeout !== "number" || !(timeout > 0) || !Number.isFinite(timeout))
  ) {
    fail(`timeout must be a positive number of ms (got ${timeout})`);
  }
  const wait = request.waitForToolsMs;
  if (wait !== undefined && (typeof wait !== "number" || !(wait >= 0) || !Number.isFinite(wait))) {
    fail(`waitForToolsMs must be a number of ms >= 0 (got ${wait})`);
  }
  if (request.startMinimized !== undefined && typeof request.startMinimized !== "boolean") {
    fail("startMinimized must be true or false");
  }
  if (
    request.guestFamily !== undefined &&
    request.guestFamily !== "linux" &&
    request.guestFamily !== "windows"
  ) {
    fail('guestFamily must be "linux" or "windows"');
  }
}
