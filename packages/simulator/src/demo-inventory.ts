import type { InventoryConfig } from "./inventory-config.js";

/** Guest account of every demo VM (Linux: root, Windows: Administrator). */
export const DEMO_GUEST_PASSWORD = "vmware";

/**
 * A small inventory that reaches every interesting state: three running Linux VMs, a Windows VM
 * (emulated), one with Tools not running, one powered off and one whose Tools does not support
 * guest processes. It is the default inventory, the CLI's and the demo's.
 *
 * | id | name | state |
 * | --- | --- | --- |
 * | vm-101 | web-01 | Linux, running; also accepts SAML token `demo-saml-token` (as root) |
 * | vm-102 | web-02 | Linux, running |
 * | vm-103 | db-01 | Linux, running; user `app` may only run programs under /usr/bin |
 * | vm-201 | win-01 | Windows (emulated), running |
 * | vm-301 | tools-down-01 | Linux, powered on, Tools not running |
 * | vm-302 | off-01 | Linux, powered off |
 * | vm-303 | old-tools-01 | Linux, running, Tools without guest process support |
 *
 * @example
 * const sim = await startSimulator({ inventory: demoInventory() });
 */
export function demoInventory(): InventoryConfig {
  const root = { username: "root", password: DEMO_GUEST_PASSWORD };
  return {
    vms: [
      {
        id: "vm-101",
        name: "web-01",
        guestUsers: [root],
        samlTokens: [{ token: "demo-saml-token", username: "root" }],
      },
      { id: "vm-102", name: "web-02", guestUsers: [root] },
      {
        id: "vm-103",
        name: "db-01",
        guestOS: "RHEL_9_64",
        cpuCount: 4,
        memoryMiB: 16_384,
        guestUsers: [
          root,
          { username: "app", password: "app-password", allowedPrograms: ["/usr/bin/"] },
        ],
      },
      {
        id: "vm-201",
        name: "win-01",
        guestFamily: "WINDOWS",
        guestUsers: [{ username: "Administrator", password: DEMO_GUEST_PASSWORD }],
      },
      { id: "vm-301", name: "tools-down-01", toolsRunning: false, guestUsers: [root] },
      { id: "vm-302", name: "off-01", powerState: "POWERED_OFF", guestUsers: [root] },
      { id: "vm-303", name: "old-tools-01", toolsSupportsProcesses: false, guestUsers: [root] },
    ],
  };
}
