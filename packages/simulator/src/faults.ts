import { checkFaultSettings, checkVmFaults } from "./fault-checks.js";
import {
  DEFAULT_RANDOM_FAULT_KINDS,
  type FaultConfig,
  type FaultOptions,
  type RandomFaultKind,
  type RandomFaults,
} from "./fault-config.js";
import { createSeededRandom, type RandomSource } from "./seeded-random.js";
import type { FaultKind } from "./stats.js";

/** Changes faults while the simulator runs (`sim.faults`). */
export interface SimulatorFaults {
  /**
   * Sets global faults: each given field replaces the current one (per operation for `busy` and
   * `serviceUnavailable`); `random` turns the random mode on (or off with `undefined`). Nothing
   * applies unless every field is valid.
   * @throws TypeError for an unknown field or operation (`busy: { createProces: 1 }`) or a value
   * out of range, naming it and listing the valid ones
   * @example sim.faults.set({ busy: { createProcess: 2 } });
   */
  set(config: FaultConfig & { readonly random?: RandomFaults | undefined }): void;
  /**
   * Sets faults for one VM only, like {@link SimulatorFaults.set} (without `random`, which is
   * global).
   * @throws TypeError for a VM not in the inventory, or settings {@link SimulatorFaults.set} refuses
   * @example sim.faults.setForVm("vm-101", { toolsDownForCreates: 1 });
   */
  setForVm(vm: string, config: FaultConfig): void;
  /** Clears the faults of one VM, or every fault (global, random and per VM) without an argument. */
  clear(vm?: string): void;
  /** Ends every vCenter session now: the next call with any of them answers 401. */
  expireSessions(): void;
  /** The faults still pending (counters count down), global or for one VM. */
  current(vm?: string): FaultConfig;
  /** The random mode, if on. */
  readonly random: RandomFaults | undefined;
}

/**
 * What one call of an operation is hit with, decided before it runs: an error to answer, `reset`
 * (drop the connection; for a create, after starting the program), or `slow` (a delayed answer).
 */
export type CallFault = { readonly kind: RandomFaultKind } | undefined;

/** What the request pipeline needs to know about an operation to pick a fault for it. */
export interface FaultTarget {
  /** operationId. */
  readonly operationId: string;
  /** VM identifier of the call, if the path names one. */
  readonly vm: string | undefined;
  /** Whether the operation documents RESOURCE_BUSY. */
  readonly declaresBusy: boolean;
  /** Whether the operation documents 503 SERVICE_UNAVAILABLE. */
  readonly declaresUnavailable: boolean;
  /** Whether the operation needs a session (so a session can expire under it). */
  readonly needsSession: boolean;
  /** Whether the operation is a process create (for `failToStart`). */
  readonly isCreate: boolean;
}

/** The simulator-side face of the faults. */
export interface FaultEngine extends SimulatorFaults {
  /** Picks the fault, if any, of one call; counters are consumed here. */
  takeCallFault(target: FaultTarget): CallFault;
  /** The delay before a response, in ms (latency plus a possible spike). */
  delayFor(vm: string | undefined, randomSlow: boolean): number;
  /** Consumes one `toolsDownForCreates`, VM first; true when this create must answer 503. */
  takeToolsDown(vm: string): boolean;
  /** Consumes one `failToStart`, VM first. */
  takeFailToStart(vm: string): boolean;
  /** Consumes one `resetAfterCreate`, VM first. */
  takeResetAfterCreate(vm: string): boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Counters = Record<string, number>;

interface FaultState extends Mutable<Omit<FaultConfig, "busy" | "serviceUnavailable">> {
  busy: Counters;
  serviceUnavailable: Counters;
}

/** Both flavors share one key: `createProcessRest` counts as `createProcess`. */
function baseOperation(operationId: string): string {
  return operationId.replace(/Rest$/, "");
}

function normalizeCounters(counters: Readonly<Record<string, number>> | undefined): Counters {
  const out: Counters = {};
  for (const [key, count] of Object.entries(counters ?? {})) out[baseOperation(key)] = count;
  return out;
}

function emptyState(): FaultState {
  return { busy: {}, serviceUnavailable: {} };
}

function apply(state: FaultState, config: FaultConfig): void {
  const { busy, serviceUnavailable, ...scalars } = config;
  Object.assign(state, scalars);
  Object.assign(state.busy, normalizeCounters(busy));
  Object.assign(state.serviceUnavailable, normalizeCounters(serviceUnavailable));
}

/** Takes one from a counter of the operation, or from `"*"` when the operation documents it. */
function takeCounter(counters: Counters, operation: string, declared: boolean): boolean {
  for (const key of declared ? [operation, "*"] : [operation]) {
    const left = counters[key] ?? 0;
    if (left > 0) {
      counters[key] = left - 1;
      return true;
    }
  }
  return false;
}

type ScalarCounter = "toolsDownForCreates" | "failToStart" | "resetAfterCreate";

/**
 * Creates the fault engine from checked start options; `count` records each injected fault,
 * `expireSessions` ends them, `vmIds` lists the inventory (run-time settings are checked against it).
 */
export function createFaults(
  options: FaultOptions | undefined,
  hooks: {
    count(kind: FaultKind, random: boolean): void;
    expireSessions(): void;
    vmIds(): readonly string[];
  },
): FaultEngine {
  let global = emptyState();
  const perVm = new Map<string, FaultState>();
  let random: RandomFaults | undefined;
  let draw: RandomSource = createSeededRandom(1);

  const setRandom = (config: RandomFaults | undefined) => {
    random = config;
    draw = createSeededRandom(config?.seed ?? 1);
  };
  const vmState = (vm: string): FaultState => {
    let state = perVm.get(vm);
    if (state === undefined) {
      state = emptyState();
      perVm.set(vm, state);
    }
    return state;
  };
  const states = (vm: string | undefined): FaultState[] => {
    const own = vm === undefined ? undefined : perVm.get(vm);
    return own === undefined ? [global] : [own, global];
  };
  const takeScalar = (vm: string, field: ScalarCounter): boolean => {
    for (const state of states(vm)) {
      const left = state[field] ?? 0;
      if (left > 0) {
        state[field] = left - 1;
        return true;
      }
    }
    return false;
  };
  const snapshot = (state: FaultState | undefined): FaultConfig =>
    state === undefined
      ? {}
      : { ...state, busy: { ...state.busy }, serviceUnavailable: { ...state.serviceUnavailable } };

  const { random: initialRandom, vms, ...initialGlobal } = options ?? {};
  apply(global, initialGlobal);
  for (const [vm, config] of Object.entries(vms ?? {})) apply(vmState(vm), config);
  setRandom(initialRandom);

  const pickRandom = (target: FaultTarget): CallFault => {
    if (random === undefined || draw() >= random.probability) return undefined;
    const applicable = (random.kinds ?? DEFAULT_RANDOM_FAULT_KINDS).filter(
      (kind: RandomFaultKind) => {
        if (kind === "busy") return target.declaresBusy;
        if (kind === "serviceUnavailable") return target.declaresUnavailable;
        if (kind === "sessionExpired") return target.needsSession;
        if (kind === "failToStart") return target.isCreate;
        return true;
      },
    );
    const kind = applicable[Math.floor(draw() * applicable.length)];
    if (kind === undefined) return undefined;
    hooks.count(kind, true);
    return { kind };
  };

  const engine: FaultEngine = {
    get random() {
      return random;
    },
    set(config) {
      checkFaultSettings(config);
      const { random: nextRandom, ...rest } = config;
      apply(global, rest);
      if ("random" in config) setRandom(nextRandom);
    },
    setForVm(vm, config) {
      checkVmFaults(vm, config, hooks.vmIds());
      apply(vmState(vm), config);
    },
    clear(vm) {
      if (vm !== undefined) {
        perVm.delete(vm);
        return;
      }
      global = emptyState();
      perVm.clear();
      setRandom(undefined);
    },
    expireSessions() {
      hooks.expireSessions();
    },
    current(vm) {
      return snapshot(vm === undefined ? global : perVm.get(vm));
    },
    takeCallFault(target) {
      const operation = baseOperation(target.operationId);
      for (const state of states(target.vm)) {
        if (takeCounter(state.busy, operation, target.declaresBusy)) {
          hooks.count("busy", false);
          return { kind: "busy" };
        }
        if (takeCounter(state.serviceUnavailable, operation, target.declaresUnavailable)) {
          hooks.count("serviceUnavailable", false);
          return { kind: "serviceUnavailable" };
        }
      }
      return pickRandom(target);
    },
    delayFor(vm, randomSlow) {
      let delay = 0;
      let spiked = false;
      for (const state of states(vm)) {
        delay += state.latencyMs ?? 0;
        const slowMs = state.slowMs ?? 0;
        if (!spiked && slowMs > 0 && draw() < (state.slowProbability ?? 1)) {
          delay += slowMs;
          spiked = true;
          hooks.count("slow", false);
        }
      }
      if (randomSlow) delay += random?.slowMs ?? 200;
      return delay;
    },
    takeToolsDown(vm) {
      const hit = takeScalar(vm, "toolsDownForCreates");
      if (hit) hooks.count("toolsDown", false);
      return hit;
    },
    takeFailToStart(vm) {
      const hit = takeScalar(vm, "failToStart");
      if (hit) hooks.count("failToStart", false);
      return hit;
    },
    takeResetAfterCreate(vm) {
      const hit = takeScalar(vm, "resetAfterCreate");
      if (hit) hooks.count("reset", false);
      return hit;
    },
  };
  return engine;
}
