// listVms, resolveVm, getVm, getTools, getGuestOperationsReadiness.
import type { PowerState } from "@guestops/core";
import type { ClientCore } from "./client-core.js";
import type { CallOptions } from "./client-options.js";
import type {
  Flavor,
  GuestOperationsReadiness,
  ListVmsFilter,
  ToolsStatus,
  VmDetails,
  VmEntry,
} from "./domain.js";
import { ensureSession } from "./ensure-session.js";
import {
  guestFamilyOf,
  readReadiness,
  readTools,
  readVmInfo,
  readVmList,
} from "./flavor-adapter.js";
import { InvalidRequestError } from "./invalid-request-error.js";
import { invoke } from "./invoke.js";
import type { OperationName } from "./operation.js";
import { failureKind } from "./retry-safety.js";
import { unexpectedAnswer } from "./to-client-error.js";
import { checkVm } from "./validate.js";
import { VmLookupError } from "./vm-lookup-error.js";

// vCenter's own ids look like vm-42; anything else is taken as a name first.
const VM_ID = /^vm-\d+$/;

/** Refuses an operation the resolved flavor does not have. */
export function requireApiFlavor(
  operation: OperationName,
  vm: string | undefined,
  flavor: Flavor,
): void {
  if (flavor === "api") return;
  throw new InvalidRequestError({
    reason: "unsupportedByFlavor",
    operation,
    vm,
    detail: `${operation} needs the /api flavor (vCenter 7.0 U2 or later), and this vCenter speaks only /rest: check capabilities() first`,
  });
}

/** The VM operations of a client. */
export function createVmOperations(core: ClientCore) {
  const malformed = (operation: OperationName, vm: string | undefined, status: number) =>
    unexpectedAnswer(
      { operation, context: { vm }, guestCall: false, secrets: core.secrets() },
      status,
    );

  async function listVmsAs(
    operation: OperationName,
    filter: ListVmsFilter | undefined,
    options: CallOptions | undefined,
  ): Promise<VmEntry[]> {
    const session = await ensureSession(core, operation, options);
    const names = filter?.names === undefined ? undefined : [...filter.names];
    const vms = filter?.vms === undefined ? undefined : [...filter.vms];
    const states: PowerState[] | undefined =
      filter?.powerStates === undefined ? undefined : [...filter.powerStates];
    const result = await invoke(
      core,
      { operation, context: {}, session },
      (init) =>
        session.flavor === "api"
          ? core.http.GET("/api/vcenter/vm", {
              ...init,
              params: { query: { names, vms, power_states: states } },
            })
          : core.http.GET("/rest/vcenter/vm", {
              ...init,
              params: {
                query: { "filter.names": names, "filter.vms": vms, "filter.power_states": states },
              },
            }),
      options,
    );
    const list = readVmList(session.flavor, result.data);
    if (list === undefined) throw malformed(operation, undefined, result.response.status);
    return list;
  }

  return {
    listVms(filter?: ListVmsFilter, options?: CallOptions): Promise<VmEntry[]> {
      return listVmsAs("listVms", filter, options);
    },

    async resolveVm(nameOrId: string, options?: CallOptions): Promise<VmEntry> {
      checkVm("resolveVm", nameOrId);
      const query = nameOrId.trim();
      let matches: VmEntry[] = [];
      if (VM_ID.test(query)) matches = await listVmsAs("resolveVm", { vms: [query] }, options);
      // A VM may be *named* like an id; the name is the fallback, never the other way round.
      if (matches.length === 0) matches = await listVmsAs("resolveVm", { names: [query] }, options);
      // Ids are vm-<digits> on vCenter, but not on every server that speaks its API (simulators,
      // mocks): a last look by id before "not found". A server that refuses the id is a no-match.
      if (matches.length === 0 && !VM_ID.test(query)) {
        matches = await listVmsAs("resolveVm", { vms: [query] }, options).catch(refusedIsNone);
      }
      if (matches.length !== 1)
        throw new VmLookupError({ query, matches, secrets: core.secrets() });
      return matches[0] as VmEntry;
    },

    async getVm(vm: string, options?: CallOptions): Promise<VmDetails> {
      const operation = "getVm";
      checkVm(operation, vm);
      const session = await ensureSession(core, operation, options);
      const params = { path: { vm } };
      const result = await invoke(
        core,
        { operation, context: { vm }, session },
        (init) =>
          session.flavor === "api"
            ? core.http.GET("/api/vcenter/vm/{vm}", { ...init, params })
            : core.http.GET("/rest/vcenter/vm/{vm}", { ...init, params }),
        options,
      );
      const info = readVmInfo(session.flavor, result.data);
      if (info === undefined) throw malformed(operation, vm, result.response.status);
      const guestFamily = guestFamilyOf(info.guestOs);
      // Remembered so that createProcess can refuse startMinimized on a known Linux guest.
      core.guestFamilies.set(vm, guestFamily);
      return { vm, ...info, guestFamily };
    },

    async getTools(vm: string, options?: CallOptions): Promise<ToolsStatus> {
      const operation = "getTools";
      checkVm(operation, vm);
      const session = await ensureSession(core, operation, options);
      requireApiFlavor(operation, vm, session.flavor);
      const result = await invoke(
        core,
        { operation, context: { vm }, session },
        (init) =>
          core.http.GET("/api/vcenter/vm/{vm}/tools", { ...init, params: { path: { vm } } }),
        options,
      );
      const tools = readTools(result.data);
      if (tools === undefined) throw malformed(operation, vm, result.response.status);
      return tools;
    },

    async getGuestOperationsReadiness(
      vm: string,
      options?: CallOptions,
    ): Promise<GuestOperationsReadiness> {
      const operation = "getGuestOperationsReadiness";
      checkVm(operation, vm);
      const session = await ensureSession(core, operation, options);
      requireApiFlavor(operation, vm, session.flavor);
      const result = await invoke(
        core,
        { operation, context: { vm }, session },
        (init) =>
          core.http.GET("/api/vcenter/vm/{vm}/guest/operations", {
            ...init,
            params: { path: { vm } },
          }),
        options,
      );
      const readiness = readReadiness(result.data);
      if (readiness === undefined) throw malformed(operation, vm, result.response.status);
      return readiness;
    },
  };
}

/** A refusal of a lookup by id (the server's ids look otherwise) means no match; else throw. */
function refusedIsNone(error: unknown): VmEntry[] {
  const kind = failureKind(error);
  if (kind === "notFound" || kind === "rejected") return [];
  throw error;
}
