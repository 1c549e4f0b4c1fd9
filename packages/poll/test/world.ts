import { readFileSync } from "node:fs";
// A simulator and a client talking to it, for integration tests.
import { createClient, type GuestOpsClient } from "@guestops/client";
import { type Simulator, type SimulatorOptions, startSimulator } from "@guestops/simulator";

/** The demo inventory's Linux guest account. */
export const ROOT = { type: "password", username: "root", password: "vmware" } as const;

/** The demo inventory's Windows guest account. */
export const ADMINISTRATOR = {
  type: "password",
  username: "Administrator",
  password: "vmware",
} as const;

export interface World {
  readonly sim: Simulator;
  readonly client: GuestOpsClient;
  /** A second client, as another process would have it. */
  freshClient(): GuestOpsClient;
  stop(): Promise<void>;
}

export async function startWorld(options: SimulatorOptions = {}): Promise<World> {
  const sim = await startSimulator({ tls: false, ...options });
  const freshClient = () =>
    createClient({ url: sim.url, username: "administrator@vsphere.local", password: "password" });
  return { sim, client: freshClient(), freshClient, stop: () => sim.stop() };
}

/**
 * Whether a local pid (the simulator's guest programs are local processes) is still running; a
 * zombie (dead, not yet reaped by whoever inherited it) counts as dead.
 */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Waits until none of the pids is alive, up to `ms`; returns those still alive. */
export async function waitDead(pids: readonly number[], ms = 10_000): Promise<number[]> {
  const until = Date.now() + ms;
  while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return pids.filter(alive);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
