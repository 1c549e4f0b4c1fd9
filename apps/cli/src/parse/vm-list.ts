import { UsageError } from "../usage-error.js";

/**
 * The VMs of a command, from repeated `--vm` values and the lines of `--vms-from` (one VM per line;
 * blank lines and `#` comments skipped), in order, without duplicates.
 *
 * @throws {UsageError} when no VM is given.
 */
export function collectVms(flagVms: readonly string[], fileText?: string): string[] {
  const fromFile = (fileText ?? "")
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => line !== "");
  const vms = [...new Set([...flagVms.map((vm) => vm.trim()).filter(Boolean), ...fromFile])];
  if (vms.length === 0) {
    throw new UsageError(
      "no VM given: name one with --vm <id|name> or list them with --vms-from <file|->",
    );
  }
  return vms;
}
