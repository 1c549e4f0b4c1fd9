import type { ApiFlavor } from "@guestops/core";
import type { VcenterUser } from "./context.js";
import type { FaultOptions } from "./fault-config.js";
import type { InventoryConfig } from "./inventory-config.js";

/** A certificate to serve instead of a generated one. */
export interface TlsOptions {
  /** Server certificate chain (PEM). */
  readonly cert: string;
  /** Server private key (PEM). */
  readonly key: string;
  /** The CA clients should trust (PEM); exposed as `sim.ca`. @default cert */
  readonly ca?: string;
}

/** Options of {@link startSimulator}. Every field is optional. */
export interface SimulatorOptions {
  /**
   * URL flavor: `api` (vSphere 7.0 U2+: processes and files under `/api`, sessions under both) or
   * `rest` (7.0/7.0 U1: `/api/*` answers 404; processes under `/rest`).
   * @default "api"
   */
  readonly flavor?: ApiFlavor;
  /**
   * `true`: HTTPS with a generated CA-signed certificate for 127.0.0.1/localhost (`sim.ca`);
   * `false`: plain HTTP; or a certificate to serve.
   * @default true
   */
  readonly tls?: boolean | TlsOptions;
  /**
   * Address to bind. Anything but loopback throws unless `allowRemote` is true.
   * @default "127.0.0.1"
   */
  readonly host?: string;
  /** Port to bind; 0 picks a free one. @default 0 */
  readonly port?: number;
  /**
   * Allow a non-loopback `host`. The simulator runs programs for anyone with a session: only
   * with care.
   * @default false
   */
  readonly allowRemote?: boolean;
  /**
   * vCenter users who may log in.
   * @default [{ username: "administrator@vsphere.local", password: "password" }]
   */
  readonly users?: readonly VcenterUser[];
  /** A session unused for this long expires, in ms. @default 1_800_000 (30 min) */
  readonly sessionIdleMs?: number;
  /** How long `get` still answers exit code and end time after a program ends, in ms. @default 300_000 (5 min) */
  readonly retentionMs?: number;
  /** Validity of a transfer URL, in ms. @default 600_000 (10 min) */
  readonly transferTtlMs?: number;
  /** VMs to serve. @default demoInventory() */
  readonly inventory?: InventoryConfig;
  /** Faults from the start (change them later through `sim.faults`). @default none */
  readonly faults?: FaultOptions;
  /**
   * Directory holding the VMs' directories (`<rootDir>/<vmId>/home/<user>`, `<rootDir>/<vmId>/tmp`).
   * @default a fresh temporary directory, removed by stop()
   */
  readonly rootDir?: string;
}

/** The vCenter account accepted when `users` is not given. */
export const DEFAULT_USERS: readonly VcenterUser[] = [
  { username: "administrator@vsphere.local", password: "password" },
];

/** Defaults of the numeric options, in ms. */
export const DEFAULTS = {
  sessionIdleMs: 30 * 60 * 1000,
  retentionMs: 5 * 60 * 1000,
  transferTtlMs: 10 * 60 * 1000,
} as const;
