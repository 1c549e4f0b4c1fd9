// Public API of @guestops/simulator: named re-exports only. A new export here is a public symbol.

export { type RunSimulatorCliOptions, runSimulatorCli } from "./cli.js";
export type { VcenterUser } from "./context.js";
export { DEMO_GUEST_PASSWORD, demoInventory } from "./demo-inventory.js";
export type {
  FaultConfig,
  FaultOptions,
  RandomFaultKind,
  RandomFaults,
} from "./fault-config.js";
export type { SimulatorFaults } from "./faults.js";
export type { SimulatorInventory } from "./inventory.js";
export type {
  EmulationConfig,
  FleetConfig,
  GuestFamily,
  GuestUser,
  InventoryConfig,
  SamlToken,
  VmConfig,
  VmState,
} from "./inventory-config.js";
export {
  GUEST_CREDENTIALS_INVALID_ID,
  LOGIN_FAILED_ID,
  SESSION_AUTH_REQUIRED_ID,
} from "./message-ids.js";
export { DEFAULT_USERS, type SimulatorOptions, type TlsOptions } from "./options.js";
export type { ProcessRecord } from "./process-record.js";
export { type Simulator, startSimulator } from "./start-simulator.js";
export type { FaultCounters, FaultKind, SessionCounters, SimulatorStats } from "./stats.js";
