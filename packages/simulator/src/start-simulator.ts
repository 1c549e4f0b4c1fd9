import { mkdir, mkdtemp, realpath, rm } from "node:fs/promises";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiFlavor } from "@guestops/core";
import type { SimContext, VcenterUser } from "./context.js";
import { demoInventory } from "./demo-inventory.js";
import { createFaults, type SimulatorFaults } from "./faults.js";
import { createInventory, type SimulatorInventory } from "./inventory.js";
import { expandInventory } from "./inventory-config.js";
import { isLoopbackHost } from "./loopback.js";
import { DEFAULT_USERS, DEFAULTS, type SimulatorOptions } from "./options.js";
import { validateOptions } from "./options-schema.js";
import { createProcessManager } from "./process-manager.js";
import { createRequestPipeline } from "./request-pipeline.js";
import { ROUTES } from "./routes.js";
import { createSessionStore } from "./sessions.js";
import { createStats, type SimulatorStats } from "./stats.js";
import { localhostTls } from "./tls-cert.js";
import { createTransferStore } from "./transfers.js";

/** A running simulator. */
export interface Simulator {
  /** Base URL, e.g. `https://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** PEM of the CA to trust for HTTPS; undefined with plain HTTP. */
  readonly ca: string | undefined;
  /** The URL flavor served. */
  readonly flavor: ApiFlavor;
  /** vCenter users who may log in. */
  readonly users: readonly VcenterUser[];
  /** Directory holding the VMs' directories. */
  readonly rootDir: string;
  /** Read and change VMs at run time. */
  readonly inventory: SimulatorInventory;
  /** Set and clear faults at run time. */
  readonly faults: SimulatorFaults;
  /** Counters of what happened. */
  readonly stats: SimulatorStats;
  /**
   * Closes the server and its connections, kills every guest program it started (with their
   * process groups), and removes the temporary root directory it created. Idempotent.
   */
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function urlHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/**
 * Starts an embedded vCenter that serves spec/openapi.yaml over HTTP(S) and runs guest programs
 * for real (Linux guests) or emulates them (Windows guests).
 *
 * @throws TypeError for invalid options, or a non-loopback `host` without `allowRemote`
 * @example
 * const sim = await startSimulator({ retentionMs: 1000 });
 * const dispatcher = new Agent({ connect: { ca: sim.ca } }); // from undici
 * const res = await fetch(`${sim.url}/api/session`, {
 *   method: "POST",
 *   headers: { authorization: `Basic ${btoa("administrator@vsphere.local:password")}` },
 *   dispatcher,
 * });
 * await sim.stop();
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  validateOptions(options);
  const flavor = options.flavor ?? "api";
  const host = options.host ?? "127.0.0.1";
  if (!isLoopbackHost(host) && options.allowRemote !== true) {
    throw new TypeError(
      `Refusing to bind ${host}: the simulator runs programs for anyone with a session. Bind a loopback address, or pass allowRemote: true.`,
    );
  }
  const ownRoot = options.rootDir === undefined;
  const rootDir = await realpath(
    ownRoot
      ? await mkdtemp(join(tmpdir(), "guestops-simulator-"))
      : await mkdir(options.rootDir, { recursive: true }).then(() => options.rootDir as string),
  );

  try {
    return await serve(options, flavor, host, rootDir, ownRoot);
  } catch (error) {
    // A failed start (bad VM id, port in use) must not leave its temporary directory behind.
    if (ownRoot) await rm(rootDir, { recursive: true, force: true });
    throw error;
  }
}

async function serve(
  options: SimulatorOptions,
  flavor: ApiFlavor,
  host: string,
  rootDir: string,
  ownRoot: boolean,
): Promise<Simulator> {
  const tlsOption = options.tls ?? true;
  const tls =
    tlsOption === false
      ? undefined
      : tlsOption === true
        ? await localhostTls()
        : { cert: tlsOption.cert, key: tlsOption.key, ca: tlsOption.ca ?? tlsOption.cert };

  const bootedAt = new Date();
  let stats: ReturnType<typeof createStats> | undefined;
  const sessions = createSessionStore(options.sessionIdleMs ?? DEFAULTS.sessionIdleMs, (why) => {
    if (stats !== undefined) stats.sessions[why] += 1;
  });
  stats = createStats(() => sessions.size);
  const recorder = stats;
  const vmConfigs = expandInventory(options.inventory ?? demoInventory());
  let inventory: SimulatorInventory | undefined;
  const processes = createProcessManager({
    retentionMs: options.retentionMs ?? DEFAULTS.retentionMs,
    bootedAt,
    isWindows: (vm) => inventory?.get(vm)?.guestFamily === "WINDOWS",
    onStart: (record) => recorder.addProcess(record),
  });
  inventory = createInventory(rootDir, vmConfigs, (vm) => processes.stopVm(vm));
  const faults = createFaults(options.faults, {
    count: (kind, random) => recorder.countFault(kind, random),
    expireSessions: () => sessions.expireAll(),
    vmIds: () => inventory.list().map((vm) => vm.id),
  });
  const ctx: SimContext = {
    flavor,
    scheme: tls === undefined ? "http" : "https",
    users: options.users ?? DEFAULT_USERS,
    inventory,
    sessions,
    processes,
    transfers: createTransferStore(options.transferTtlMs ?? DEFAULTS.transferTtlMs),
    faults,
    stats: recorder,
  };
  const pipeline = createRequestPipeline(ctx, ROUTES);
  const server =
    tls === undefined
      ? createHttpServer(pipeline.listener)
      : createHttpsServer({ cert: tls.cert, key: tls.key }, pipeline.listener);
  // Many concurrent clients (the 200-VM test) must not queue behind the default backlog.
  server.maxConnections = 10_000;
  const address = await listen(server, options.port ?? 0, host);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      pipeline.cancelDelays();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await processes.stopAll();
      await closed;
      if (ownRoot) await rm(rootDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  return {
    url: `${ctx.scheme}://${urlHost(host)}:${address.port}`,
    ca: tls?.ca,
    flavor,
    users: ctx.users,
    rootDir,
    inventory,
    faults,
    stats: recorder,
    stop,
  };
}
