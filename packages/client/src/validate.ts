// Checks made before sending: each failure is an InvalidRequestError, so nothing reaches vCenter
// or the guest. Messages never quote arguments or environment values (they may hold secrets).
import type { GuestFamily, ProcessSpec } from "./domain.js";
import type { GuestCredentials } from "./guest-credentials.js";
import { InvalidRequestError } from "./invalid-request-error.js";
import type { OperationName } from "./operation.js";

/** Refuses an empty or blank VM identifier. */
export function checkVm(operation: OperationName, vm: unknown): asserts vm is string {
  if (typeof vm !== "string" || vm.trim() === "") {
    throw new InvalidRequestError({
      reason: "invalidVm",
      operation,
      detail: "the VM identifier is empty: pass an id like vm-42 (resolveVm turns a name into one)",
    });
  }
}

/** Refuses a pid that is not a non-negative integer. */
export function checkPid(
  operation: OperationName,
  vm: string,
  pid: unknown,
): asserts pid is number {
  if (typeof pid !== "number" || !Number.isSafeInteger(pid) || pid < 0) {
    throw new InvalidRequestError({
      reason: "invalidPid",
      operation,
      vm,
      detail: `the pid must be a non-negative integer, got ${typeof pid === "number" ? pid : typeof pid}`,
    });
  }
}

/**
 * Whether a guest path is absolute: `/x` (POSIX), `C:\x` or `C:/x` (Windows drive), `\\host\share`
 * (UNC). Which one the guest accepts is its business; a relative path never works.
 */
export function isAbsoluteGuestPath(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}

/** Refuses a missing or relative guest path. */
export function checkGuestPath(
  operation: OperationName,
  vm: string,
  path: unknown,
  what: string,
  secrets: readonly string[] = [],
): asserts path is string {
  if (
    typeof path !== "string" ||
    path === "" ||
    !isAbsoluteGuestPath(path) ||
    path.includes("\0")
  ) {
    throw new InvalidRequestError({
      reason: "relativePath",
      operation,
      vm,
      detail: `${what} must be an absolute guest path (like /usr/bin/env or C:\\Windows\\System32\\cmd.exe), got ${describe(path)}`,
      secrets,
    });
  }
}

/** Refuses a `createProcess` spec vCenter would reject, or that would not do what it says. */
export function checkProcessSpec(
  vm: string,
  spec: ProcessSpec,
  family: GuestFamily | undefined,
  secrets: readonly string[] = [],
): void {
  const operation = "createProcess";
  if (typeof spec !== "object" || spec === null) {
    throw new InvalidRequestError({
      reason: "invalidValue",
      operation,
      vm,
      detail: "the spec must be an object with a path",
    });
  }
  checkGuestPath(operation, vm, spec.path, "the program path", secrets);
  if (spec.workingDirectory !== undefined && spec.workingDirectory !== "") {
    checkGuestPath(operation, vm, spec.workingDirectory, "the working directory", secrets);
  }
  if (
    spec.arguments !== undefined &&
    (typeof spec.arguments !== "string" || spec.arguments.includes("\0"))
  ) {
    throw new InvalidRequestError({
      reason: "invalidValue",
      operation,
      vm,
      detail: "arguments must be one string without NUL characters",
    });
  }
  if (spec.startMinimized === true && family === "linux") {
    throw new InvalidRequestError({
      reason: "startMinimizedNotWindows",
      operation,
      vm,
      detail: "startMinimized is only allowed on Windows guests, and this guest is Linux: drop it",
    });
  }
  if (family === "linux" && !spec.path.startsWith("/")) {
    throw new InvalidRequestError({
      reason: "relativePath",
      operation,
      vm,
      detail: "the program path must start with / on a Linux guest",
    });
  }
  if (spec.env !== undefined) checkEnv(vm, spec.env, secrets);
}

function checkEnv(vm: string, env: unknown, secrets: readonly string[]): void {
  const operation = "createProcess";
  if (typeof env !== "object" || env === null || Array.isArray(env)) {
    throw new InvalidRequestError({
      reason: "invalidEnv",
      operation,
      vm,
      detail: "env must be a plain object of NAME: value strings",
    });
  }
  for (const [key, value] of Object.entries(env)) {
    if (key === "" || key.includes("=") || key.includes("\0")) {
      throw new InvalidRequestError({
        reason: "invalidEnv",
        operation,
        vm,
        detail: `environment variable names must be non-empty and contain no "=" or NUL: fix ${JSON.stringify(key.split("=")[0])}`,
        secrets,
      });
    }
    if (typeof value !== "string" || value.includes("\0")) {
      throw new InvalidRequestError({
        reason: "invalidEnv",
        operation,
        vm,
        detail: `the value of ${key} must be a string without NUL characters`,
        secrets,
      });
    }
  }
}

/** Refuses malformed guest credentials (the values themselves are never quoted). */
export function checkCredentials(
  operation: OperationName,
  vm: string,
  credentials: GuestCredentials,
): void {
  const ok =
    typeof credentials === "object" &&
    credentials !== null &&
    ((credentials.type === "password" &&
      typeof credentials.username === "string" &&
      credentials.username !== "" &&
      typeof credentials.password === "string") ||
      (credentials.type === "saml" &&
        typeof credentials.token === "string" &&
        credentials.token !== "" &&
        (credentials.username === undefined || typeof credentials.username === "string")));
  if (!ok) {
    throw new InvalidRequestError({
      reason: "missingCredentials",
      operation,
      vm,
      detail:
        'guest credentials must be {type: "password", username, password} or {type: "saml", token, username?}',
    });
  }
}

/** Refuses a timeout that is not a positive number of ms (Infinity disables it). */
export function checkTimeout(
  operation: OperationName | "createClient",
  timeout: unknown,
): asserts timeout is number {
  if (typeof timeout !== "number" || Number.isNaN(timeout) || timeout <= 0) {
    throw new InvalidRequestError({
      reason: "invalidOption",
      operation,
      detail: "timeout must be a positive number of ms (Infinity disables it)",
    });
  }
}

function describe(value: unknown): string {
  if (typeof value !== "string") return typeof value;
  if (value === "") return "an empty string";
  // A relative path is the caller's own input and names a program, not a secret; keep it short.
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
