// A simulator that knows only planted secrets, and the GUESTOPS_* environment that points the CLI
// (or the webhook) at it.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Simulator, startSimulator } from "@guestops/simulator";
import { PLANTED, VC_USER } from "./planted.ts";

/** Files the CLI is pointed at, in a directory the test owns. */
export interface SecretFiles {
  readonly samlFile: string;
  readonly wrongSamlFile: string;
  readonly caFile: string;
}

/** Where {@link startSecretWorld} writes its files in `dir`. */
export function secretFiles(dir: string): SecretFiles {
  return {
    samlFile: join(dir, "saml.xml"),
    wrongSamlFile: join(dir, "wrong-saml.xml"),
    caFile: join(dir, "ca.pem"),
  };
}

export interface SecretWorld extends SecretFiles {
  readonly sim: Simulator;
  /** The CLI's environment: vCenter and guest logins from planted secrets. */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startSecretWorld(dir: string): Promise<SecretWorld> {
  const root = { username: "root", password: PLANTED.guestPassword };
  const saml = [{ token: PLANTED.samlToken, username: "root" }];
  const sim = await startSimulator({
    users: [{ username: VC_USER, password: PLANTED.vcenterPassword }],
    inventory: {
      vms: [
        { id: "vm-101", name: "web-01", guestUsers: [root], samlTokens: saml },
        { id: "vm-102", name: "web-02", guestUsers: [root] },
        { id: "vm-301", name: "tools-down-01", toolsRunning: false, guestUsers: [root] },
      ],
    },
  });
  const { caFile, samlFile, wrongSamlFile } = secretFiles(dir);
  writeFileSync(caFile, sim.ca ?? "");
  writeFileSync(samlFile, PLANTED.samlToken);
  writeFileSync(wrongSamlFile, PLANTED.wrongSamlToken);
  return {
    sim,
    env: {
      GUESTOPS_URL: sim.url,
      GUESTOPS_USERNAME: VC_USER,
      GUESTOPS_PASSWORD: PLANTED.vcenterPassword,
      GUESTOPS_CA_FILE: caFile,
      GUESTOPS_GUEST_USER: "root",
      GUESTOPS_GUEST_PASSWORD: PLANTED.guestPassword,
    },
    samlFile,
    wrongSamlFile,
    caFile,
    async stop() {
      await sim.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
