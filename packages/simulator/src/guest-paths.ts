import { realpath } from "node:fs/promises";
import { dirname, isAbsolute, posix, relative, resolve, sep } from "node:path";
import { accessDenied, errorCode, notAbsolute } from "./file-faults.js";

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The real path of `path`, or of its deepest existing ancestor joined with the rest. */
async function realish(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = errorCode(error);
    const parent = dirname(path);
    if ((code !== "ENOENT" && code !== "ENOTDIR") || parent === path) throw error;
    return resolve(await realish(parent), posix.basename(path));
  }
}

/**
 * Resolves a guest file path and confines it to the VM's directory (`vmDir`, a real path), so a
 * test can never read or write the host's files through the simulator. A relative path answers
 * 400 INVALID_ARGUMENT; anything outside, also through `..` or a symlink, 403 UNAUTHORIZED.
 */
export async function confineGuestPath(vmDir: string, path: string): Promise<string> {
  if (!posix.isAbsolute(path)) throw notAbsolute(path);
  const resolved = resolve(path);
  const outside = () => accessDenied(path, "it is outside the VM's directory");
  if (!inside(vmDir, resolved)) throw outside();
  let real: string;
  try {
    real = await realish(resolved);
  } catch {
    throw outside();
  }
  if (!inside(vmDir, real)) throw outside();
  return resolved;
}
