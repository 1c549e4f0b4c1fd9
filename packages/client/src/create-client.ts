import type { VcenterPaths } from "@guestops/core";
import createFetchClient, { createQuerySerializer } from "openapi-fetch";
import type { ClientCore } from "./client-core.js";
import type { CallOptions, ClientOptions, DryRunEntry } from "./client-options.js";
import { Deadlines } from "./deadlines.js";
import type { Capabilities, GuestFamily } from "./domain.js";
import { ensureSession } from "./ensure-session.js";
import { createFileOperations } from "./file-operations.js";
import type { GuestOpsClient } from "./guest-ops-client.js";
import { InvalidRequestError } from "./invalid-request-error.js";
import { parseTarget } from "./parse-target.js";
import { PendingRequest } from "./pending-request.js";
import { createProcessOperations } from "./process-operations.js";
import { Session } from "./session.js";
import { createSessionCalls } from "./session-calls.js";
import { createDispatcher } from "./tls.js";
import { checkTimeout } from "./validate.js";
import { createVmOperations } from "./vm-operations.js";

const PATH_PARAM = /\{(\w+)\}/g;
// Path keys are few and fixed (one per operation), so each is split once into static parts and
// parameter names; filling one in is then a few concatenations.
const templates = new Map<string, readonly string[]>();

/**
 * Fills `{vm}`, `{pid}`, `{path}` with percent-encoded values, as openapi-fetch's default does for
 * simple path parameters (a guest path becomes one segment, slashes encoded).
 */
function serializePath(url: string, params: Record<string, unknown>): string {
  let parts = templates.get(url);
  if (parts === undefined) {
    parts = url.split(PATH_PARAM);
    if (templates.size < 256) templates.set(url, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params[name];
    out += value === undefined || value === null ? `{${name}}` : encodeURIComponent(String(value));
    out += parts[i + 1] as string;
  }
  return out;
}

/** Default per-call timeout, in ms. */
export const DEFAULT_TIMEOUT = 60_000;

/**
 * Creates a client for a vCenter Server. Nothing is sent until the first call (or `login()`).
 *
 * @throws InvalidRequestError for an unusable `url`, `timeout` or `flavor`, or `ca` with `insecure`.
 * @example
 * const client = createClient({
 *   url: "vc.example.com",
 *   username: "automation@vsphere.local",
 *   password: process.env.VC_PASSWORD,
 *   ca: "/etc/ssl/vcenter-ca.pem",
 * });
 * const { vm } = await client.resolveVm("web-01");
 * const guest = { type: "password", username: "root", password: process.env.GUEST_PASSWORD } as const;
 * const pid = await client.createProcess(vm, { path: "/usr/bin/uptime" }, guest);
 * const status = await client.getProcess(vm, pid, guest);
 */
export function createClient(options: ClientOptions): GuestOpsClient {
  const target = parseTarget(options.url);
  const username = options.username ?? target.username;
  const password = options.password ?? target.password;
  const flavorOption = options.flavor ?? "auto";
  if (flavorOption !== "auto" && flavorOption !== "api" && flavorOption !== "rest") {
    throw new InvalidRequestError({
      reason: "invalidOption",
      operation: "createClient",
      detail: 'flavor must be "auto", "api" or "rest"',
    });
  }
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  checkTimeout("createClient", timeout);
  const dispatcher = createDispatcher(options);
  const dryRunLog: DryRunEntry[] = [];

  let core: ClientCore | undefined;
  const session = new Session(
    {
      flavor: flavorOption,
      canLogin: username !== undefined && password !== undefined,
      sessionId: options.sessionId,
    },
    createSessionCalls(() => core as ClientCore, username, password),
  );
  const ownSecrets = password === undefined ? [] : [password];
  core = {
    http: createFetchClient<VcenterPaths>({
      baseUrl: target.baseUrl,
      Request: PendingRequest as unknown as typeof Request,
      // A function is used as is; options would be turned into a new serializer on every call.
      querySerializer: createQuerySerializer(),
      pathSerializer: serializePath,
      // Every body is JSON; the default serializer also looks up the content type on each call.
      bodySerializer: (body: unknown) => JSON.stringify(body),
    }),
    target,
    timeout,
    transport: {
      fetch: options.fetch,
      // undici's Agent and the undici-types copy that @types/node uses are the same class at run time.
      init: dispatcher === undefined ? undefined : ({ dispatcher } as unknown as RequestInit),
      dryRun: options.dryRun === true,
      dryRunLog,
      onRequest: options.onRequest,
    },
    session,
    secrets: () => [...ownSecrets, ...session.seen],
    guestFamilies: new Map<string, GuestFamily>(),
    deadlines: new Deadlines(),
    closed: false,
  };
  const ready = core;

  return {
    ...createProcessOperations(ready),
    ...createVmOperations(ready),
    ...createFileOperations(ready),

    async login(callOptions?: CallOptions): Promise<void> {
      await ensureSession(ready, "login", callOptions);
    },

    logout(callOptions?: CallOptions): Promise<void> {
      return session.logout(callOptions?.signal, callOptions?.timeout);
    },

    flavor: () => session.flavor(),

    async capabilities(callOptions?: CallOptions): Promise<Capabilities> {
      const { flavor } = await ensureSession(ready, "login", callOptions);
      const api = flavor === "api";
      return {
        flavor,
        guestFilesystem: api,
        guestOperationsReadiness: api,
        tools: api,
        listReportsExitCodes: !api,
        serverSidePidFilter: !api,
      };
    },

    sessionId: () => session.current()?.token,

    dryRunLog,

    async close(callOptions?: CallOptions): Promise<void> {
      ready.closed = true;
      if (dispatcher === undefined) return;
      if (callOptions?.signal?.aborted) {
        await dispatcher.destroy();
        return;
      }
      await dispatcher.close();
    },
  };
}
