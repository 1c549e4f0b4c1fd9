import { createHash } from "node:crypto";
import type { GuestOperationsInfo, ToolsInfo, VmInfo, VmSummary } from "@guestops/core";
import type { VmState } from "./inventory-config.js";

/** A stable UUID-shaped string derived from the VM id, so repeated gets agree. */
function uuidFor(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A stable VMware-range MAC address (00:50:56:xx:xx:xx) derived from the VM id. */
function macFor(seed: string): string {
  const hex = createHash("sha256").update(`mac:${seed}`).digest("hex");
  return `00:50:56:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}

/** One entry of `GET /api/vcenter/vm`. */
export function vmSummary(vm: VmState): VmSummary {
  return {
    vm: vm.id,
    name: vm.name,
    power_state: vm.powerState,
    cpu_count: vm.cpuCount,
    memory_size_MiB: vm.memoryMiB,
  };
}

/** A plausible `GET /api/vcenter/vm/{vm}` answer: one SCSI disk, one VMXNET3 NIC. */
export function vmInfo(vm: VmState): VmInfo {
  const windows = vm.guestFamily === "WINDOWS";
  return {
    guest_OS: vm.guestOS as VmInfo["guest_OS"],
    name: vm.name,
    identity: {
      name: vm.name,
      bios_uuid: uuidFor(`bios:${vm.id}`),
      instance_uuid: uuidFor(`instance:${vm.id}`),
    },
    power_state: vm.powerState,
    instant_clone_frozen: false,
    hardware: { version: "VMX_19", upgrade_policy: "NEVER", upgrade_status: "NONE" },
    boot: {
      type: windows ? "EFI" : "BIOS",
      delay: 0,
      retry: false,
      retry_delay: 10_000,
      enter_setup_mode: false,
    },
    boot_devices: [],
    cpu: {
      count: vm.cpuCount,
      cores_per_socket: 1,
      hot_add_enabled: false,
      hot_remove_enabled: false,
    },
    memory: { size_MiB: vm.memoryMiB, hot_add_enabled: false },
    disks: {
      "2000": {
        label: "Hard disk 1",
        type: "SCSI",
        scsi: { bus: 0, unit: 0 },
        backing: { type: "VMDK_FILE", vmdk_file: `[datastore1] ${vm.name}/${vm.name}.vmdk` },
        capacity: 42_949_672_960,
      },
    },
    nics: {
      "4000": {
        label: "Network adapter 1",
        type: "VMXNET3",
        mac_type: "ASSIGNED",
        mac_address: macFor(vm.id),
        wake_on_lan_enabled: false,
        backing: { type: "STANDARD_PORTGROUP", network: "network-11", network_name: "VM Network" },
        state: vm.powerState === "POWERED_ON" ? "CONNECTED" : "NOT_CONNECTED",
        start_connected: true,
        allow_guest_control: true,
      },
    },
    cdroms: {},
    floppies: {},
    parallel_ports: {},
    serial_ports: {},
    sata_adapters: {},
    scsi_adapters: {
      "1000": {
        label: "SCSI controller 0",
        type: "PVSCSI",
        scsi: { bus: 0, unit: 7 },
        sharing: "NONE",
      },
    },
  };
}

/** The `/rest` VM info: the same, with every map turned into a list of `{key, value}`. */
export function restVmInfo(vm: VmState): Record<string, unknown> {
  const info: Record<string, unknown> = { ...vmInfo(vm) };
  const maps = ["disks", "nics", "cdroms", "floppies", "parallel_ports", "serial_ports"] as const;
  for (const field of [...maps, "sata_adapters", "scsi_adapters"]) {
    const map = info[field] as Record<string, unknown>;
    info[field] = Object.entries(map).map(([key, value]) => ({ key, value }));
  }
  return info;
}

/** `GET /api/vcenter/vm/{vm}/tools`. */
export function toolsInfo(vm: VmState): ToolsInfo {
  const running = vm.powerState === "POWERED_ON" && vm.toolsRunning;
  return {
    auto_update_supported: false,
    upgrade_policy: "MANUAL",
    run_state: running ? "RUNNING" : "NOT_RUNNING",
    version_status: vm.toolsSupportsProcesses ? "CURRENT" : "TOO_OLD_UNSUPPORTED",
    version_number: vm.toolsSupportsProcesses ? 12_389 : 9_536,
    version: vm.toolsSupportsProcesses ? "12.3.5" : "10.0.0",
    install_type: vm.guestFamily === "WINDOWS" ? "MSI" : "OPEN_VM_TOOLS",
  };
}

/** `GET /api/vcenter/vm/{vm}/guest/operations`. */
export function guestOperationsInfo(vm: VmState): GuestOperationsInfo {
  const ready = vm.powerState === "POWERED_ON" && vm.toolsRunning;
  return {
    guest_operations_ready: ready,
    interactive_guest_operations_ready: ready && vm.guestFamily === "WINDOWS",
  };
}
