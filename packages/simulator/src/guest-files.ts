import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { FileInfo } from "@guestops/core";
import { errorCode, fileNotFound, notADirectory, notAFile } from "./file-faults.js";
import { BAD_REQUEST_ID } from "./message-ids.js";
import { VapiFault } from "./vapi-fault.js";

/**
 * Creates an empty, uniquely named file (`prefix` + random + `suffix`, mode 0600) in `dir` and
 * returns its path. `dir` must already be confined to the VM's directory.
 */
export async function createTemporaryFile(
  dir: string,
  prefix: string,
  suffix: string,
): Promise<string> {
  if (prefix.includes("/") || suffix.includes("/")) {
    throw new VapiFault("INVALID_ARGUMENT", BAD_REQUEST_ID, "prefix and suffix may not contain /.");
  }
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dir)).isDirectory();
  } catch {
    throw fileNotFound(dir);
  }
  if (!isDirectory) throw notADirectory(dir);
  for (;;) {
    const path = join(dir, `${prefix}${randomBytes(6).toString("hex")}${suffix}`);
    try {
      await (await open(path, "wx", 0o600)).close();
      return path;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
  }
}

/** Makes sure a VM's temporary directory exists. */
export async function ensureDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/** `files/{path}?action=get`: type, size and attributes of a guest file (symlinks not followed). */
export async function fileInfo(path: string, windows: boolean): Promise<FileInfo> {
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(path);
  } catch {
    throw fileNotFound(path);
  }
  const type = info.isDirectory() ? "DIRECTORY" : info.isSymbolicLink() ? "SYMLINK" : "FILE";
  const times = {
    last_modified: info.mtime.toISOString(),
    last_accessed: info.atime.toISOString(),
  };
  const attributes: FileInfo["attributes"] = windows
    ? {
        ...times,
        filesystem_family: "WINDOWS",
        win_attributes: {
          hidden: false,
          read_only: (info.mode & 0o200) === 0,
          created: info.birthtime.toISOString(),
        },
      }
    : {
        ...times,
        filesystem_family: "POSIX",
        posix_attributes: {
          owner: info.uid,
          group: info.gid,
          permissions: (info.mode & 0o7777).toString(8).padStart(4, "0"),
        },
      };
  return { type, size: info.size, attributes };
}

/** `files/{path}?action=delete`: removes a file (a directory answers NOT_A_FILE). */
export async function deleteFile(path: string): Promise<void> {
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(path);
  } catch {
    throw fileNotFound(path);
  }
  if (info.isDirectory()) throw notAFile(path);
  await unlink(path);
}
