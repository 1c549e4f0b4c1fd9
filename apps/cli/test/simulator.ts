import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SimulatorOptions, startSimulator } from "@guestops/simulator";

/** The vCenter and guest passwords of the test simulators: long enough to be scrubbed, easy to grep. */
export const VC_PASSWORD = "vc-Pa55word-xyzzy";
export const GUEST_PASSWORD = "guest-Pa55word-plugh";
export const WINDOWS_PASSWORD = "win-Pa55word-frotz";
export const SAML_TOKEN = "<saml:Assertion>token-Pa55-quux</saml:Assertion>";

/**
 * A simulator on 127.0.0.1 with the demo inventory's VMs but passwords of our own (so tests can
 * check that none of them leak), and the GUESTOPS_* environment that points guestops at it.
 */
export async function startTestSimulator(options: SimulatorOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), "guestops-cli-test-"));
  const root = { username: "root", password: GUEST_PASSWORD };
  const sim = await startSimulator({
    users: [{ username: "administrator@vsphere.local", password: VC_PASSWORD }],
    inventory: {
      vms: [
        {
          id: "vm-101",
          name: "web-01",
          guestUsers: [root],
          samlTokens: [{ token: SAML_TOKEN, username: "root" }],
        },
        { id: "vm-102", name: "web-02", guestUsers: [root] },
        {
          id: "vm-103",
          name: "db-01",
          guestUsers: [
            root,
            { username: "app", password: GUEST_PASSWORD, allowedPrograms: ["/usr/bin/"] },
          ],
        },
        {
          id: "vm-201",
          name: "win-01",
          guestFamily: "WINDOWS",
          guestUsers: [{ username: "Administrator", password: WINDOWS_PASSWORD }],
        },
        {
          id: "vm-202",
          name: "win-crash",
          guestFamily: "WINDOWS",
          guestUsers: [{ username: "Administrator", password: WINDOWS_PASSWORD }],
          // An access violation (NTSTATUS 0xC0000005), as a signed 32-bit exit code.
          emulation: { exitCode: -1073741819 },
        },
        { id: "vm-301", name: "tools-down-01", toolsRunning: false, guestUsers: [root] },
        { id: "vm-302", name: "off-01", powerState: "POWERED_OFF", guestUsers: [root] },
        { id: "vm-303", name: "old-tools-01", toolsSupportsProcesses: false, guestUsers: [root] },
      ],
    },
    ...options,
  });
  const caFile = join(dir, "ca.pem");
  if (sim.ca) writeFileSync(caFile, sim.ca);
  const env: Record<string, string> = {
    GUESTOPS_URL: sim.url,
    GUESTOPS_USERNAME: "administrator@vsphere.local",
    GUESTOPS_PASSWORD: VC_PASSWORD,
    ...(sim.ca ? { GUESTOPS_CA_FILE: caFile } : {}),
    GUESTOPS_GUEST_USER: "root",
    GUESTOPS_GUEST_PASSWORD: GUEST_PASSWORD,
  };
  return {
    sim,
    env,
    caFile,
    dir,
    async stop() {
      await sim.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every secret the test simulators know: none may appear in any output. */
export const SECRETS = [VC_PASSWORD, GUEST_PASSWORD, WINDOWS_PASSWORD, SAML_TOKEN] as const;
