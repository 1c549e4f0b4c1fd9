import type { ApiFlavor } from "@guestops/core";
import type { FaultEngine } from "./faults.js";
import type { SimulatorInventory } from "./inventory.js";
import type { ProcessManager } from "./process-manager.js";
import type { SessionStore } from "./sessions.js";
import type { StatsRecorder } from "./stats.js";
import type { TransferStore } from "./transfers.js";

/** A vCenter user allowed to log in. */
export interface VcenterUser {
  readonly username: string;
  readonly password: string;
}

/** Everything the request handlers share. */
export interface SimContext {
  readonly flavor: ApiFlavor;
  readonly scheme: "http" | "https";
  readonly users: readonly VcenterUser[];
  readonly inventory: SimulatorInventory;
  readonly sessions: SessionStore;
  readonly processes: ProcessManager;
  readonly transfers: TransferStore;
  readonly faults: FaultEngine;
  readonly stats: StatsRecorder;
}
