import type { ProcessRecord } from "./process-record.js";

/** A fault kind as counted in `stats.faults`. */
export type FaultKind =
  | "busy"
  | "serviceUnavailable"
  | "toolsDown"
  | "reset"
  | "failToStart"
  | "slow"
  | "sessionExpired";

/** Counters of injected faults, by kind; `random` counts those drawn by the random mode. */
export type FaultCounters = Record<FaultKind, number> & { total: number; random: number };

/** Session counters. */
export interface SessionCounters {
  /** Sessions created (successful logins). */
  created: number;
  /** Sessions ended by logout. */
  deleted: number;
  /** Sessions ended by idle expiry, `expireSessions()` or a random fault. */
  expired: number;
  /** Sessions alive now. */
  readonly active: number;
}

/** What the simulator saw, for assertions in tests. All counters start at zero. */
export interface SimulatorStats {
  /** Calls per operationId (every call that matched an operation, whatever its answer). */
  readonly calls: Record<string, number>;
  /** Calls per VM identifier, then per operationId. */
  readonly callsByVm: Record<string, Record<string, number>>;
  /** Every program started or emulated, in start order, with exit details once finished. */
  readonly processes: readonly ProcessRecord[];
  /** Successful logins. */
  logins: number;
  /** Rejected logins. */
  failedLogins: number;
  /** Session counters. */
  readonly sessions: SessionCounters;
  /** Injected faults. */
  readonly faults: FaultCounters;
  /** Total calls of an operation (both flavors when given without the `Rest` suffix). */
  callsOf(operationId: string, vm?: string): number;
  /** Sets every counter back to zero and forgets the process records. */
  reset(): void;
}

/** The mutable side the simulator writes to. */
export interface StatsRecorder extends SimulatorStats {
  countCall(operationId: string, vm: string | undefined): void;
  countFault(kind: FaultKind, random: boolean): void;
  addProcess(record: ProcessRecord): void;
}

function zeroFaults(): FaultCounters {
  return {
    busy: 0,
    serviceUnavailable: 0,
    toolsDown: 0,
    reset: 0,
    failToStart: 0,
    slow: 0,
    sessionExpired: 0,
    total: 0,
    random: 0,
  };
}

/** Creates the stats, reading the live session count through `activeSessions`. */
export function createStats(activeSessions: () => number): StatsRecorder {
  const calls: Record<string, number> = {};
  const callsByVm: Record<string, Record<string, number>> = {};
  const processes: ProcessRecord[] = [];
  const faults = zeroFaults();
  const sessions: SessionCounters = {
    created: 0,
    deleted: 0,
    expired: 0,
    get active() {
      return activeSessions();
    },
  };
  const clear = (record: Record<string, unknown>) => {
    for (const key of Object.keys(record)) delete record[key];
  };
  const stats: StatsRecorder = {
    calls,
    callsByVm,
    processes,
    logins: 0,
    failedLogins: 0,
    sessions,
    faults,
    callsOf(operationId, vm) {
      const source = vm === undefined ? calls : (callsByVm[vm] ?? {});
      const base = operationId.replace(/Rest$/, "");
      if (base !== operationId) return source[operationId] ?? 0;
      return (source[base] ?? 0) + (source[`${base}Rest`] ?? 0);
    },
    reset() {
      clear(calls);
      clear(callsByVm);
      processes.length = 0;
      stats.logins = 0;
      stats.failedLogins = 0;
      sessions.created = 0;
      sessions.deleted = 0;
      sessions.expired = 0;
      Object.assign(faults, zeroFaults());
    },
    countCall(operationId, vm) {
      calls[operationId] = (calls[operationId] ?? 0) + 1;
      if (vm === undefined) return;
      const perVm = callsByVm[vm] ?? {};
      callsByVm[vm] = perVm;
      perVm[operationId] = (perVm[operationId] ?? 0) + 1;
    },
    countFault(kind, random) {
      faults[kind] += 1;
      faults.total += 1;
      if (random) faults.random += 1;
    },
    addProcess(record) {
      processes.push(record);
    },
  };
  return stats;
}
