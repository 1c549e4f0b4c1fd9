import type { CommandFunction } from "../command-context.js";
import type { ConnectionFlags } from "../config/connection.js";
import { connect, type TrailFlags } from "../connect.js";
import { failureStatus } from "../failure-status.js";
import { formatErrorLine } from "../output/error-line.js";
import { EXIT } from "../output/exit-status.js";
import { formatTable } from "../output/table.js";
import { globMatcher, isGlob } from "../parse/glob.js";
import { resolveVcenterLogin } from "../resolve-login.js";
import { UsageError } from "../usage-error.js";

/** Flags of `guestops vms`. */
export interface VmsFlags extends ConnectionFlags, TrailFlags {
  readonly name?: readonly string[];
  readonly powerState?: readonly string[];
  readonly json?: boolean;
}

type PowerState = "POWERED_ON" | "POWERED_OFF" | "SUSPENDED";

const POWER_STATES: Readonly<Record<string, PowerState>> = {
  on: "POWERED_ON",
  powered_on: "POWERED_ON",
  off: "POWERED_OFF",
  powered_off: "POWERED_OFF",
  suspended: "SUSPENDED",
};

/**
 * `guestops vms`: lists VMs (name, id, power state), filtered by name (exact names are filtered
 * by vCenter, wildcards here) and power state.
 */
export const vmsCommand: CommandFunction<VmsFlags> = async (flags, context) => {
  const { io } = context;
  const powerStates = (flags.powerState ?? []).map((state) => {
    const known = POWER_STATES[state.toLowerCase()];
    if (!known) {
      throw new UsageError(
        `--power-state ${JSON.stringify(state)} is not one of on, off, suspended`,
      );
    }
    return known;
  });
  const patterns = flags.name ?? [];
  const globs = patterns.filter(isGlob).map(globMatcher);
  const exactNames = patterns.filter((pattern) => !isGlob(pattern));
  const config = await resolveVcenterLogin(flags, context);

  const { client, finish } = connect(config, flags, context);
  try {
    // A wildcard needs every name, so vCenter filters by exact names only when no wildcard is given.
    const vms = await client.listVms(
      {
        ...(globs.length === 0 && exactNames.length > 0 ? { names: exactNames } : {}),
        ...(powerStates.length > 0 ? { powerStates } : {}),
      },
      { signal: io.signal },
    );
    const matches =
      globs.length === 0
        ? vms
        : vms.filter((vm) => exactNames.includes(vm.name) || globs.some((match) => match(vm.name)));
    matches.sort((a, b) => a.name.localeCompare(b.name));
    if (flags.dryRun) return await finish(EXIT.ok);
    if (flags.json) {
      io.stdout.write(
        `${JSON.stringify(matches.map(({ name, vm, powerState }) => ({ name, vm, powerState })))}\n`,
      );
    } else if (matches.length > 0) {
      io.stdout.write(
        formatTable(
          ["NAME", "VM", "POWER"],
          matches.map((vm) => [vm.name, vm.vm, vm.powerState]),
        ),
      );
    } else {
      io.stderr.write("guestops: no VM matches\n");
    }
    return await finish(EXIT.ok);
  } catch (error) {
    io.stderr.write(`${formatErrorLine(error, { command: "vms" })}\n`);
    return await finish(failureStatus(error, io.signal));
  }
};
