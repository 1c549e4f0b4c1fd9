import { type ChildProcess, fork } from "node:child_process";
import type { SimulatorOptions } from "@guestops/simulator";
import type { SimRequest, SimStats } from "./sim-server.ts";

/** A simulator running in a child process. */
export interface SimProcess {
  readonly url: string;
  stats(): Promise<SimStats>;
  reset(): Promise<void>;
  setLatency(ms: number): Promise<void>;
  stop(): Promise<void>;
}

type Outgoing = SimRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, "id">
    : never
  : never;

/** Starts the simulator in a child process and returns a handle to drive it. */
export async function startSimProcess(options: SimulatorOptions): Promise<SimProcess> {
  const child: ChildProcess = fork(
    new URL("./sim-server.ts", import.meta.url),
    [JSON.stringify(options)],
    {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`simulator exited with ${code}`)));
    child.once("message", (message: { url: string }) => resolve(message.url));
  });
  let nextId = 0;
  const ask = <T>(request: Outgoing): Promise<T> =>
    new Promise((resolve) => {
      const id = ++nextId;
      const onMessage = (message: { id?: number } & T) => {
        if (message.id !== id) return;
        child.off("message", onMessage);
        resolve(message);
      };
      child.on("message", onMessage);
      child.send({ ...request, id });
    });
  return {
    url,
    stats: async () => (await ask<{ stats: SimStats }>({ type: "stats" })).stats,
    reset: async () => {
      await ask({ type: "reset" });
    },
    setLatency: async (latencyMs) => {
      await ask({ type: "faults", latencyMs });
    },
    stop: async () => {
      child.removeAllListeners("exit");
      await ask({ type: "stop" });
    },
  };
}
