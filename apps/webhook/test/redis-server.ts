import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { Redis } from "ioredis";
import { freePort } from "./free-port.js";

/** A throwaway redis-server on 127.0.0.1, with no persistence. */
export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** Whether Debian's redis-server is installed (CI installs it in .ci/run). */
export function hasRedisServer(): boolean {
  const found = spawnSync("redis-server", ["--version"], { stdio: "ignore" });
  if (found.error === undefined && found.status === 0) return true;
  console.warn(
    "\n!!! redis-server is not installed: the Redis store tests are SKIPPED.\n" +
      "!!! Install it with: apt-get update && apt-get install -y redis-server\n",
  );
  return false;
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--protected-mode",
      "yes",
    ],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const probe = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on("error", () => {});
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      break;
    } catch (error) {
      probe.disconnect();
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`redis-server did not start on port ${port}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
