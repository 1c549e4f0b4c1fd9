import type { PowerState } from "@guestops/core";

/** Guest OS family: Linux guests run programs for real, Windows guests are emulated. */
export type GuestFamily = "LINUX" | "WINDOWS";

/** A user account inside a guest, checked against the credentials of every guest call. */
export interface GuestUser {
  /** Guest user name (`credentials.user_name`). */
  readonly username: string;
  /** Guest password (`credentials.password`). */
  readonly password: string;
  /**
   * Absolute path prefixes this user may run; a program outside them answers 403 UNAUTHORIZED.
   * @default any program the simulator's own OS user can execute
   */
  readonly allowedPrograms?: readonly string[];
}

/** A SAML bearer token the guest accepts, and the guest user it maps to. */
export interface SamlToken {
  /** The token, as sent in `credentials.saml_token`. */
  readonly token: string;
  /** The guest user the token runs as. */
  readonly username: string;
}

/** How an emulated (Windows) guest program ends. */
export interface EmulationConfig {
  /**
   * Exit code of every emulated program.
   * @default 0
   */
  readonly exitCode?: number;
  /**
   * How long an emulated program "runs", in ms (0: finished as soon as it is created).
   * @default 0
   */
  readonly durationMs?: number;
}

/** One VM of the inventory. */
export interface VmConfig {
  /** VM identifier as in the paths, e.g. `vm-42` (letters, digits, `.`, `_`, `-`). */
  readonly id: string;
  /** VM name, as matched by the `names` filter. */
  readonly name: string;
  /** @default "POWERED_ON" */
  readonly powerState?: PowerState;
  /** @default "LINUX" */
  readonly guestFamily?: GuestFamily;
  /** Whether VMware Tools runs in the guest; when false, guest calls answer 503. @default true */
  readonly toolsRunning?: boolean;
  /**
   * Accounts of the guest.
   * @default [{ username: "root", password: "vmware" }] (Linux), [{ username: "Administrator", password: "vmware" }] (Windows)
   */
  readonly guestUsers?: readonly GuestUser[];
  /** SAML bearer tokens the guest accepts. @default [] */
  readonly samlTokens?: readonly SamlToken[];
  /** When false, Tools does not support guest operations: they answer 400 UNSUPPORTED. @default true */
  readonly toolsSupportsProcesses?: boolean;
  /** The `guest_OS` reported by VM get. @default "UBUNTU_64" (Linux), "WINDOWS_SERVER_2019" (Windows) */
  readonly guestOS?: string;
  /** @default 2 */
  readonly cpuCount?: number;
  /** Memory in MiB. @default 4096 */
  readonly memoryMiB?: number;
  /** How emulated programs end on a Windows guest. */
  readonly emulation?: EmulationConfig;
}

/** `count` generated VMs sharing one template, for scale tests. */
export interface FleetConfig extends Omit<VmConfig, "id" | "name"> {
  /** How many VMs to generate. */
  readonly count: number;
  /** Names are the prefix + a 3-digit (or longer) index from 1: `fleet-001`. @default "fleet-" */
  readonly namePrefix?: string;
  /**
   * Identifiers are the prefix + a number from `idStart`: `vm-fleet-1`. These default ids are not
   * shaped like vCenter's (`vm-<digits>`, which @guestops/client recognizes as ids): give `"vm-"`
   * with an `idStart` past your other VMs' ids for ids that are.
   * @default "vm-fleet-"
   */
  readonly idPrefix?: string;
  /**
   * The number in the first VM's identifier (`idPrefix: "vm-", idStart: 1001`: `vm-1001`,
   * `vm-1002`, ...). Names still count from 1.
   * @default 1
   */
  readonly idStart?: number;
}

/** The VMs a simulator starts with. */
export interface InventoryConfig {
  /** Individually described VMs. */
  readonly vms?: readonly VmConfig[];
  /** A generated fleet, added after `vms`. */
  readonly fleet?: FleetConfig;
}

/** A VM with every default filled in; what `sim.inventory` returns. */
export interface VmState {
  readonly id: string;
  readonly name: string;
  readonly powerState: PowerState;
  readonly guestFamily: GuestFamily;
  readonly toolsRunning: boolean;
  readonly guestUsers: readonly GuestUser[];
  readonly samlTokens: readonly SamlToken[];
  readonly toolsSupportsProcesses: boolean;
  readonly guestOS: string;
  readonly cpuCount: number;
  readonly memoryMiB: number;
  readonly emulation: Required<EmulationConfig>;
}

/** Guest account used when a VM lists none. */
export const DEFAULT_GUEST_PASSWORD = "vmware";

/** Fills in the defaults of one VM. */
export function toVmState(config: VmConfig): VmState {
  const family = config.guestFamily ?? "LINUX";
  const windows = family === "WINDOWS";
  return {
    id: config.id,
    name: config.name,
    powerState: config.powerState ?? "POWERED_ON",
    guestFamily: family,
    toolsRunning: config.toolsRunning ?? true,
    guestUsers: config.guestUsers ?? [
      { username: windows ? "Administrator" : "root", password: DEFAULT_GUEST_PASSWORD },
    ],
    samlTokens: config.samlTokens ?? [],
    toolsSupportsProcesses: config.toolsSupportsProcesses ?? true,
    guestOS: config.guestOS ?? (windows ? "WINDOWS_SERVER_2019" : "UBUNTU_64"),
    cpuCount: config.cpuCount ?? 2,
    memoryMiB: config.memoryMiB ?? 4096,
    emulation: {
      exitCode: config.emulation?.exitCode ?? 0,
      durationMs: config.emulation?.durationMs ?? 0,
    },
  };
}

/** Expands an inventory config (VMs, then the fleet) into VM configs, in order. */
export function expandInventory(config: InventoryConfig): VmConfig[] {
  const vms = [...(config.vms ?? [])];
  if (config.fleet !== undefined) {
    const {
      count,
      namePrefix = "fleet-",
      idPrefix = "vm-fleet-",
      idStart = 1,
      ...template
    } = config.fleet;
    const width = Math.max(3, String(count).length);
    for (let index = 1; index <= count; index++) {
      vms.push({
        ...template,
        id: `${idPrefix}${idStart + index - 1}`,
        name: `${namePrefix}${String(index).padStart(width, "0")}`,
      });
    }
  }
  return vms;
}
