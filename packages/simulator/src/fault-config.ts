/**
 * One set of faults, global or for one VM. Counters count down as faults are injected; each
 * injected fault is counted in `stats.faults`.
 *
 * Operation keys are operationIds of the spec (`createProcess`, `getProcess`, `listVms`, ...); a
 * key matches both flavors (`createProcess` also matches `createProcessRest`). The key `"*"`
 * matches every operation that documents the error (e.g. RESOURCE_BUSY: the guest operations).
 */
export interface FaultConfig {
  /** Delay added before every response, in ms (global and VM delays add up). */
  readonly latencyMs?: number;
  /** Extra delay of a latency spike, in ms. */
  readonly slowMs?: number;
  /**
   * Probability in [0, 1] that a response gets the `slowMs` spike (drawn from the seeded PRNG).
   * @default 1
   */
  readonly slowProbability?: number;
  /** The next N calls of an operation answer RESOURCE_BUSY (500 `/api`, 400 `/rest`). */
  readonly busy?: Readonly<Record<string, number>>;
  /** The next N calls of an operation answer 503 SERVICE_UNAVAILABLE. */
  readonly serviceUnavailable?: Readonly<Record<string, number>>;
  /** The next N creates answer 503 SERVICE_UNAVAILABLE as if Tools were not running (nothing runs). */
  readonly toolsDownForCreates?: number;
  /**
   * The next N creates start the program, then close the connection without answering: the
   * ambiguous create a client must reconcile with `list`.
   */
  readonly resetAfterCreate?: number;
  /** The next N creates answer UNABLE_TO_ALLOCATE_RESOURCE (500 `/api`, 400 `/rest`); nothing runs. */
  readonly failToStart?: number;
}

/** A fault the seeded random mode can inject. */
export type RandomFaultKind =
  | "busy"
  | "serviceUnavailable"
  | "reset"
  | "slow"
  | "sessionExpired"
  | "failToStart";

/** Every random fault kind, in the order used when none are chosen. */
export const RANDOM_FAULT_KINDS: readonly RandomFaultKind[] = [
  "busy",
  "serviceUnavailable",
  "reset",
  "slow",
  "sessionExpired",
  "failToStart",
];

/** The random kinds used when `random.kinds` is not given: every one a correct client survives. */
export const DEFAULT_RANDOM_FAULT_KINDS: readonly RandomFaultKind[] = [
  "busy",
  "serviceUnavailable",
  "reset",
  "slow",
  "sessionExpired",
];

/**
 * Seeded random faults for chaos tests. Each call draws once: with `probability` it gets one of
 * `kinds` (among those the operation documents: RESOURCE_BUSY only where declared, and so on).
 * `reset` on a create starts the program first (ambiguous create); elsewhere it drops the request
 * unanswered before doing anything. `sessionExpired` ends the caller's session (401).
 */
export interface RandomFaults {
  /** Probability in [0, 1] that a call is faulted, e.g. 0.15. */
  readonly probability: number;
  /** @default ["busy", "serviceUnavailable", "reset", "slow", "sessionExpired"] */
  readonly kinds?: readonly RandomFaultKind[];
  /** PRNG seed; same seed and call order give the same faults. @default 1 */
  readonly seed?: number;
  /** The delay of a random `slow` fault, in ms. @default 200 */
  readonly slowMs?: number;
}

/** Faults at start (`options.faults`): global ones, random mode, and per-VM ones. */
export interface FaultOptions extends FaultConfig {
  /** Seeded random faults. */
  readonly random?: RandomFaults;
  /** Faults for single VMs, by VM identifier. */
  readonly vms?: Readonly<Record<string, FaultConfig>>;
}
