// createProcess, listProcesses, getProcess, deleteProcess over either flavor.

import type { ClientCore } from "./client-core.js";
import type { CallOptions } from "./client-options.js";
import type { ProcessSpec, ProcessStatus } from "./domain.js";
import { ensureSession } from "./ensure-session.js";
import { readPid, readProcess, readProcessList, toWireSpec } from "./flavor-adapter.js";
import { type GuestCredentials, guestSecrets, toWireCredentials } from "./guest-credentials.js";
import { invoke } from "./invoke.js";
import type { OperationName } from "./operation.js";
import { unexpectedAnswer } from "./to-client-error.js";
import { checkCredentials, checkPid, checkProcessSpec, checkVm } from "./validate.js";

/** Filter of `listProcesses`. */
export interface ListProcessesFilter {
  /** Only these pids (filtered by the server on `/rest`, by the client on `/api`). */
  readonly pids?: readonly number[];
}

/** The process operations of a client. */
export function createProcessOperations(core: ClientCore) {
  const malformed = (
    operation: OperationName,
    vm: string,
    credentials: GuestCredentials,
    status: number,
    pid?: number,
  ) =>
    unexpectedAnswer(
      {
        operation,
        context: { vm, pid },
        guestCall: true,
        secrets: [...core.secrets(), ...guestSecrets(credentials)],
      },
      status,
    );

  return {
    async createProcess(
      vm: string,
      spec: ProcessSpec,
      credentials: GuestCredentials,
      options?: CallOptions,
    ): Promise<number> {
      const operation = "createProcess";
      checkVm(operation, vm);
      checkCredentials(operation, vm, credentials);
      checkProcessSpec(vm, spec, core.guestFamilies.get(vm), [
        ...core.secrets(),
        ...guestSecrets(credentials),
      ]);
      const session = await ensureSession(core, operation, options);
      const wire = toWireCredentials(credentials);
      const path = { vm };
      const result = await invoke(
        core,
        { operation, context: { vm }, credentials, session },
        (init) =>
          session.flavor === "api"
            ? core.http.POST("/api/vcenter/vm/{vm}/guest/processes?action=create", {
                ...init,
                params: { path },
                body: { credentials: wire, spec: toWireSpec("api", spec) },
              })
            : core.http.POST("/rest/vcenter/vm/{vm}/guest/processes?action=create", {
                ...init,
                params: { path },
                body: { credentials: wire, spec: toWireSpec("rest", spec) },
              }),
        options,
      );
      const pid = readPid(session.flavor, result.data);
      if (pid === undefined) throw malformed(operation, vm, credentials, result.response.status);
      return pid;
    },

    async listProcesses(
      vm: string,
      credentials: GuestCredentials,
      filter?: ListProcessesFilter,
      options?: CallOptions,
    ): Promise<ProcessStatus[]> {
      const operation = "listProcesses";
      checkVm(operation, vm);
      checkCredentials(operation, vm, credentials);
      const pids = filter?.pids === undefined ? undefined : [...filter.pids];
      for (const pid of pids ?? []) checkPid(operation, vm, pid);
      const session = await ensureSession(core, operation, options);
      const wire = toWireCredentials(credentials);
      const path = { vm };
      const result = await invoke(
        core,
        { operation, context: { vm }, credentials, session },
        (init) =>
          session.flavor === "api"
            ? core.http.POST("/api/vcenter/vm/{vm}/guest/processes?action=list", {
                ...init,
                params: { path },
                body: { credentials: wire },
              })
            : core.http.POST("/rest/vcenter/vm/{vm}/guest/processes?action=list", {
                ...init,
                params: { path },
                body: pids === undefined ? { credentials: wire } : { credentials: wire, pids },
              }),
        options,
      );
      const list = readProcessList(session.flavor, result.data);
      if (list === undefined) throw malformed(operation, vm, credentials, result.response.status);
      if (pids === undefined) return list;
      // `/api` list has no pid filter: the same answer, filtered here.
      const wanted = new Set(pids);
      return list.filter((process) => wanted.has(process.pid));
    },

    async getProcess(
      vm: string,
      pid: number,
      credentials: GuestCredentials,
      options?: CallOptions,
    ): Promise<ProcessStatus> {
      const operation = "getProcess";
      checkVm(operation, vm);
      checkPid(operation, vm, pid);
      checkCredentials(operation, vm, credentials);
      const session = await ensureSession(core, operation, options);
      const params = { path: { vm, pid } };
      const body = { credentials: toWireCredentials(credentials) };
      const result = await invoke(
        core,
        { operation, context: { vm, pid }, credentials, session },
        (init) =>
          session.flavor === "api"
            ? core.http.POST("/api/vcenter/vm/{vm}/guest/processes/{pid}?action=get", {
                ...init,
                params,
                body,
              })
            : core.http.POST("/rest/vcenter/vm/{vm}/guest/processes/{pid}?action=get", {
                ...init,
                params,
                body,
              }),
        options,
      );
      const status = readProcess(session.flavor, pid, result.data);
      if (status === undefined)
        throw malformed(operation, vm, credentials, result.response.status, pid);
      return status;
    },

    async deleteProcess(
      vm: string,
      pid: number,
      credentials: GuestCredentials,
      options?: CallOptions,
    ): Promise<void> {
      const operation = "deleteProcess";
      checkVm(operation, vm);
      checkPid(operation, vm, pid);
      checkCredentials(operation, vm, credentials);
      const session = await ensureSession(core, operation, options);
      const params = { path: { vm, pid } };
      const body = { credentials: toWireCredentials(credentials) };
      await invoke(
        core,
        { operation, context: { vm, pid }, credentials, session },
        (init) =>
          session.flavor === "api"
            ? core.http.POST("/api/vcenter/vm/{vm}/guest/processes/{pid}?action=delete", {
                ...init,
                params,
                body,
              })
            : core.http.POST("/rest/vcenter/vm/{vm}/guest/processes/{pid}?action=delete", {
                ...init,
                params,
                body,
              }),
        options,
      );
    },
  };
}
