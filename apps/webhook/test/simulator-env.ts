import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_GUEST_PASSWORD, type Simulator, startSimulator } from "@guestops/simulator";
import { SECRET } from "./harness.js";

/** The policy of the end-to-end tests: the demo inventory's web VMs, db-01 and tools-down-01 by id. */
export const E2E_POLICY = {
  vms: ["web-*", "vm-103", "vm-301"],
  programs: ["/bin/echo", "/bin/sleep", "/bin/sh"],
  maxTimeoutMs: 60_000,
};

/** Distinctive, so a test can search every response and log for it. */
export const VCENTER_PASSWORD = "vc-Secret-Pw-91";
export const VCENTER_USER = "administrator@vsphere.local";

/** A simulator (HTTPS with its own CA unless `tls: false`) and the webhook env that points at it. */
export async function startSimulatorEnv(options: { tls?: boolean } = {}): Promise<{
  sim: Simulator;
  env: Record<string, string>;
}> {
  const sim = await startSimulator({
    tls: options.tls ?? true,
    users: [{ username: VCENTER_USER, password: VCENTER_PASSWORD }],
  });
  const env: Record<string, string> = {
    WEBHOOK_SECRETS: SECRET,
    WEBHOOK_POLICY: JSON.stringify(E2E_POLICY),
    GUESTOPS_URL: sim.url,
    GUESTOPS_USERNAME: VCENTER_USER,
    GUESTOPS_PASSWORD: VCENTER_PASSWORD,
    GUESTOPS_GUEST_USER: "root",
    GUESTOPS_GUEST_PASSWORD: DEMO_GUEST_PASSWORD,
    WEBHOOK_MAX_WAIT_MS: "10000",
  };
  if (sim.ca !== undefined && options.tls !== false) {
    const dir = mkdtempSync(join(tmpdir(), "guestops-webhook-"));
    const caFile = join(dir, "ca.pem");
    writeFileSync(caFile, sim.ca);
    env.GUESTOPS_CA_FILE = caFile;
  }
  return { sim, env };
}
