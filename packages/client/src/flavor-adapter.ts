// The one place that knows how the two flavors differ on the wire: `/rest` wraps every result in
// `{"value": ...}`, sends the environment as a list of `{key, value}`, and returns Info (with pid
// and exit code) from `list`; `/api` answers raw JSON, takes the environment as a map, and returns
// Summary (no exit code) from `list`. Everything here returns `undefined` for a shape it does not
// recognise, and the caller reports that as an unexpected answer.
import type {
  CreateSpec,
  ProcessInfo,
  ProcessSummary,
  RestCreateSpec,
  RestProcessInfo,
  ToolsInfo,
  VmSummary,
} from "@guestops/core";
import type {
  Flavor,
  GuestFamily,
  GuestOperationsReadiness,
  ProcessSpec,
  ProcessStatus,
  ToolsStatus,
  VmEntry,
} from "./domain.js";

/** The result inside a `/rest` `{"value": ...}` wrapper, or the `/api` result as is. */
export function unwrap(flavor: Flavor, data: unknown): unknown {
  if (flavor === "api") return data;
  return typeof data === "object" && data !== null && "value" in data
    ? (data as { value: unknown }).value
    : undefined;
}

/** The wire `spec` of `create` for a flavor. */
export function toWireSpec(flavor: "api", spec: ProcessSpec): CreateSpec;
export function toWireSpec(flavor: "rest", spec: ProcessSpec): RestCreateSpec;
export function toWireSpec(flavor: Flavor, spec: ProcessSpec): CreateSpec | RestCreateSpec {
  const common: {
    path: string;
    arguments?: string;
    working_directory?: string;
    start_minimized?: boolean;
  } = {
    path: spec.path,
  };
  if (spec.arguments !== undefined) common.arguments = spec.arguments;
  if (spec.workingDirectory !== undefined && spec.workingDirectory !== "") {
    common.working_directory = spec.workingDirectory;
  }
  if (spec.startMinimized === true) common.start_minimized = true;
  if (flavor === "api") {
    return spec.env === undefined ? common : { ...common, environment_variables: { ...spec.env } };
  }
  // The tech-preview schema marks the list required; an empty list means "guest defaults".
  const list = Object.entries(spec.env ?? {}).map(([key, value]) => ({ key, value }));
  return { ...common, environment_variables: list };
}

/** The pid from a `create` answer. */
export function readPid(flavor: Flavor, data: unknown): number | undefined {
  const pid = unwrap(flavor, data);
  return Number.isSafeInteger(pid) ? (pid as number) : undefined;
}

/** A process from a `get` answer (`pid` is the one asked for: `/api` Info does not carry it). */
export function readProcess(flavor: Flavor, pid: number, data: unknown): ProcessStatus | undefined {
  const info = unwrap(flavor, data);
  return isRecord(info) ? toStatus(pid, info as ProcessInfo | RestProcessInfo) : undefined;
}

/** The processes of a `list` answer. */
export function readProcessList(flavor: Flavor, data: unknown): ProcessStatus[] | undefined {
  const list = unwrap(flavor, data);
  if (!Array.isArray(list)) return undefined;
  const out: ProcessStatus[] = [];
  for (const entry of list) {
    if (!isRecord(entry) || typeof entry.pid !== "number") return undefined;
    out.push(toStatus(entry.pid, entry as ProcessSummary | RestProcessInfo));
  }
  return out;
}

function toStatus(
  pid: number,
  info: ProcessInfo | RestProcessInfo | ProcessSummary,
): ProcessStatus {
  const status: {
    pid: number;
    name: string;
    owner: string;
    command: string;
    startedAt: string;
    finishedAt?: string;
    exitCode?: number;
  } = {
    pid,
    name: String(info.name ?? ""),
    owner: String(info.owner ?? ""),
    command: String(info.command ?? ""),
    startedAt: String(info.started ?? ""),
  };
  if ("finished" in info && typeof info.finished === "string") status.finishedAt = info.finished;
  if ("exit_code" in info && typeof info.exit_code === "number") status.exitCode = info.exit_code;
  return status;
}

/** The VMs of a `listVms` answer. */
export function readVmList(flavor: Flavor, data: unknown): VmEntry[] | undefined {
  const list = unwrap(flavor, data);
  if (!Array.isArray(list)) return undefined;
  const out: VmEntry[] = [];
  for (const entry of list as VmSummary[]) {
    if (!isRecord(entry) || typeof entry.vm !== "string") return undefined;
    out.push({ vm: entry.vm, name: String(entry.name), powerState: entry.power_state });
  }
  return out;
}

/** Name, power state and guest OS from a `getVm` answer. */
export function readVmInfo(
  flavor: Flavor,
  data: unknown,
): { name: string; powerState: VmEntry["powerState"]; guestOs: string } | undefined {
  const info = unwrap(flavor, data);
  if (!isRecord(info) || typeof info.name !== "string") return undefined;
  return {
    name: info.name,
    powerState: info.power_state as VmEntry["powerState"],
    guestOs: typeof info.guest_OS === "string" ? info.guest_OS : "OTHER",
  };
}

/** The readiness flags of a `guest/operations` answer. */
export function readReadiness(data: unknown): GuestOperationsReadiness | undefined {
  if (!isRecord(data) || typeof data.guest_operations_ready !== "boolean") return undefined;
  return {
    guestOperationsReady: data.guest_operations_ready,
    interactiveGuestOperationsReady: data.interactive_guest_operations_ready === true,
  };
}

/** The Tools state of a `tools` answer. */
export function readTools(data: unknown): ToolsStatus | undefined {
  if (!isRecord(data) || typeof data.run_state !== "string") return undefined;
  const info = data as ToolsInfo;
  const status: { -readonly [K in keyof ToolsStatus]: ToolsStatus[K] } = {
    runState: info.run_state,
    upgradePolicy: String(info.upgrade_policy ?? ""),
    autoUpdateSupported: info.auto_update_supported === true,
  };
  if (info.version !== undefined) status.version = info.version;
  if (info.version_number !== undefined) status.versionNumber = info.version_number;
  if (info.version_status !== undefined) status.versionStatus = info.version_status;
  if (info.install_type !== undefined) status.installType = info.install_type;
  if (info.error !== undefined) status.error = info.error;
  return status;
}

/** A string result (`createTemporary` path, transfer URL, session token). */
export function readString(flavor: Flavor, data: unknown): string | undefined {
  const value = unwrap(flavor, data);
  return typeof value === "string" ? value : undefined;
}

/**
 * The family of a vCenter guest OS identifier. Only Windows guests accept `start_minimized`;
 * `other` covers unknown guests (a Windows guest can be reported as `OTHER`), so only `linux`
 * is treated as known-not-Windows.
 */
export function guestFamilyOf(guestOs: string): GuestFamily {
  if (/^(WIN|WINDOWS)/.test(guestOs)) return "windows";
  if (
    /LINUX|RHEL|REDHAT|CENTOS|SUSE|SLES|UBUNTU|DEBIAN|FEDORA|COREOS|PHOTON|MANDRAKE|MANDRIVA|ASIANUX|NLD|SJDS|CRXPOD/.test(
      guestOs,
    )
  ) {
    return "linux";
  }
  return "other";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
