// The webhook's environment for a secret world: planted webhook, vCenter and guest secrets, and a
// guest-credentials rule that gives web-02 a wrong (planted) password.
import { PLANTED } from "./planted.ts";
import type { SecretWorld } from "./secret-world.ts";

export const WEBHOOK_POLICY = {
  vms: ["web-*", "vm-301"],
  programs: ["/bin/echo", "/bin/sleep", "/bin/sh"],
  maxTimeoutMs: 60_000,
};

export function webhookEnv(world: SecretWorld): Record<string, string> {
  return {
    WEBHOOK_SECRETS: PLANTED.webhookSecret,
    WEBHOOK_POLICY: JSON.stringify(WEBHOOK_POLICY),
    GUESTOPS_URL: world.env.GUESTOPS_URL as string,
    GUESTOPS_USERNAME: world.env.GUESTOPS_USERNAME as string,
    GUESTOPS_PASSWORD: PLANTED.vcenterPassword,
    GUESTOPS_CA_FILE: world.caFile,
    GUESTOPS_GUEST_USER: "root",
    GUESTOPS_GUEST_PASSWORD: PLANTED.guestPassword,
    GUESTOPS_GUEST_CREDENTIALS: JSON.stringify([
      { vms: ["web-02"], username: "root", password: PLANTED.wrongGuestPassword },
    ]),
    WEBHOOK_MAX_WAIT_MS: "10000",
  };
}
