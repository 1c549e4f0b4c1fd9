import { open, realpath, stat } from "node:fs/promises";
import { posix, win32 } from "node:path";
import {
  accessDenied,
  errorCode,
  fileNotFound,
  notAbsolute,
  notADirectory,
  notAFile,
} from "./file-faults.js";
import type { GuestUser } from "./inventory-config.js";
import { FILE_NOT_FOUND_ID, PROGRAM_NOT_STARTED_ID } from "./message-ids.js";
import { VapiFault } from "./vapi-fault.js";

function notStarted(path: string, why: string): VapiFault {
  return new VapiFault(
    "UNABLE_TO_ALLOCATE_RESOURCE",
    PROGRAM_NOT_STARTED_ID,
    `The program ${path} could not be started: ${why}.`,
    { args: [path] },
  );
}

function fsFault(error: unknown, path: string): VapiFault {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") return fileNotFound(path);
  if (code === "EACCES" || code === "EPERM") return accessDenied(path, "permission denied");
  return notStarted(path, code ?? "unknown error");
}

function isUnder(path: string, prefix: string): boolean {
  const dir = prefix.endsWith("/") ? prefix : `${prefix}/`;
  return path === prefix || path.startsWith(dir);
}

/** The first bytes of a program the kernel (or bash's exec) can run: ELF, or a `#!` script. */
function isRunnableHeader(header: Buffer): boolean {
  if (header.subarray(0, 2).toString("latin1") === "#!") return true;
  return header.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
}

/**
 * Checks a Linux guest program before it is started, answering the seed's errors on purpose:
 * relative path 400 INVALID_ARGUMENT; missing 404 NOT_FOUND (FileErrorDetails); a directory
 * 400 INVALID_ARGUMENT (NOT_A_FILE); outside the user's `allowedPrograms` or without an execute
 * bit 403 UNAUTHORIZED; executable but neither ELF nor `#!` 500/400 UNABLE_TO_ALLOCATE_RESOURCE.
 */
export async function checkLinuxProgram(path: string, user: GuestUser): Promise<void> {
  if (!posix.isAbsolute(path)) throw notAbsolute(path);
  let info: Awaited<ReturnType<typeof stat>>;
  let real: string;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    throw fsFault(error, path);
  }
  if (info.isDirectory()) throw notAFile(path);
  const allowed = user.allowedPrograms;
  if (allowed !== undefined) {
    const normalized = posix.normalize(path);
    const permitted = allowed.some(
      (prefix) => isUnder(normalized, prefix) && isUnder(real, prefix),
    );
    if (!permitted) throw accessDenied(path, `${user.username} may not run it`);
  }
  if ((info.mode & 0o111) === 0) throw accessDenied(path, "it is not executable");
  const header = Buffer.alloc(4);
  try {
    const handle = await open(path, "r");
    try {
      await handle.read(header, 0, 4, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fsFault(error, path);
  }
  if (!isRunnableHeader(header)) throw notStarted(path, "it is not a valid executable");
}

/**
 * Checks a Linux working directory: absolute, existing and a directory; the spec files every bad
 * working directory under 400 INVALID_ARGUMENT (with FileErrorDetails).
 */
export async function checkWorkingDirectory(path: string): Promise<void> {
  if (!posix.isAbsolute(path)) throw notAbsolute(path);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const code = errorCode(error);
    if (code === "EACCES" || code === "EPERM") throw accessDenied(path, "permission denied");
    throw new VapiFault("INVALID_ARGUMENT", FILE_NOT_FOUND_ID, `${path} not found.`, {
      args: [path],
      data: { reason: "FILE_NOT_FOUND", file_path: path },
    });
  }
  if (!isDirectory) throw notADirectory(path);
}

/**
 * Checks a Windows guest program (emulated: nothing is on disk). A drive or UNC path is accepted;
 * a POSIX absolute path does not exist on Windows (404); anything else is relative (400).
 */
export function checkWindowsProgram(path: string): void {
  if (/^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\")) return;
  if (path.startsWith("/")) throw fileNotFound(path);
  throw notAbsolute(path);
}

/** The program name shown by list/get: the last path component. */
export function programName(path: string, windows: boolean): string {
  return (windows ? win32 : posix).basename(path);
}
