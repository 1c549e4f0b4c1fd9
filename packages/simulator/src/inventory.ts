import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { PowerState } from "@guestops/core";
import { toVmState, type VmConfig, type VmState } from "./inventory-config.js";

/** Reads and changes the VMs while the simulator runs (`sim.inventory`). */
export interface SimulatorInventory {
  /** Every VM, in inventory order. */
  list(): VmState[];
  /** One VM by identifier. */
  get(vm: string): VmState | undefined;
  /**
   * Adds a VM.
   * @throws TypeError when the identifier is taken or not a safe directory name
   */
  add(config: VmConfig): VmState;
  /**
   * Changes a VM. Leaving POWERED_ON kills its programs and forgets their exit codes, as a
   * power-off does.
   * @throws TypeError for an unknown VM
   */
  update(vm: string, patch: Partial<Omit<VmConfig, "id">>): VmState;
  /** Shorthand for `update(vm, { powerState })`. */
  setPowerState(vm: string, powerState: PowerState): VmState;
  /** Shorthand for `update(vm, { toolsRunning })`. */
  setToolsRunning(vm: string, toolsRunning: boolean): VmState;
  /** Removes a VM (its programs are killed); later calls naming it answer 404. */
  remove(vm: string): void;
  /** The VM's directory on this machine: guest file calls are confined to it. */
  vmDir(vm: string): string;
  /** A guest user's home (default working directory): `<vmDir>/home/<user>`. */
  homeDir(vm: string, user: string): string;
  /** The VM's temporary directory (createTemporary's default): `<vmDir>/tmp`. */
  tmpDir(vm: string): string;
  /** Absolute paths of the files now in the VM's temporary directory, sorted. */
  tempFiles(vm: string): Promise<string[]>;
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A user name as a directory name: anything but letters, digits, `.`, `_`, `-`, `@` becomes `_`. */
function safeUserDir(user: string): string {
  const safe = user.replace(/[^A-Za-z0-9._@-]/g, "_");
  return safe === "" || safe === "." || safe === ".." ? "_" : safe;
}

/** Creates the inventory under `rootDir`; `onStop(vm)` kills a VM's programs. */
export function createInventory(
  rootDir: string,
  configs: readonly VmConfig[],
  onStop: (vm: string) => void,
): SimulatorInventory {
  const vms = new Map<string, VmState>();
  const mustGet = (vm: string): VmState => {
    const state = vms.get(vm);
    if (state === undefined) throw new TypeError(`unknown VM ${JSON.stringify(vm)}`);
    return state;
  };
  const inventory: SimulatorInventory = {
    list: () => [...vms.values()],
    get: (vm) => vms.get(vm),
    add(config) {
      if (!SAFE_ID.test(config.id)) {
        throw new TypeError(
          `VM id ${JSON.stringify(config.id)} must be letters, digits, ".", "_" or "-"`,
        );
      }
      if (vms.has(config.id)) throw new TypeError(`VM id ${JSON.stringify(config.id)} is taken`);
      const state = toVmState(config);
      vms.set(state.id, state);
      return state;
    },
    update(vm, patch) {
      const before = mustGet(vm);
      const next = toVmState({ ...before, ...patch, id: before.id });
      vms.set(vm, next);
      if (before.powerState === "POWERED_ON" && next.powerState !== "POWERED_ON") onStop(vm);
      return next;
    },
    setPowerState: (vm, powerState) => inventory.update(vm, { powerState }),
    setToolsRunning: (vm, toolsRunning) => inventory.update(vm, { toolsRunning }),
    remove(vm) {
      mustGet(vm);
      vms.delete(vm);
      onStop(vm);
    },
    vmDir: (vm) => join(rootDir, mustGet(vm).id),
    homeDir: (vm, user) => join(inventory.vmDir(vm), "home", safeUserDir(user)),
    tmpDir: (vm) => join(inventory.vmDir(vm), "tmp"),
    async tempFiles(vm) {
      const dir = inventory.tmpDir(vm);
      const names = await readdir(dir).catch(() => []);
      return names.sort().map((name) => join(dir, name));
    },
  };
  for (const config of configs) inventory.add(config);
  return inventory;
}
