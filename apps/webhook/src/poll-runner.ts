import type { GuestOpsClient } from "@guestops/client";
import type { Config } from "./config.js";
import type { Runner } from "./runner.js";
import { toRunnerError } from "./to-runner-error.js";

// DRAFT until @guestops/poll exports startRun/checkRun/cancelRun.
export function createPollRunner(client: GuestOpsClient, config: Config): Runner {
  const secrets = [config.vcenter.password];
  return {
    async resolveVm(nameOrId) {
      try {
        const vm = await client.resolveVm(nameOrId);
        return { id: vm.vm, name: vm.name };
      } catch (error) {
        throw toRunnerError(error, "resolveVm", secrets);
      }
    },
    async start() {
      throw new Error("not yet");
    },
    async check() {
      throw new Error("not yet");
    },
    async cancel() {
      throw new Error("not yet");
    },
  };
}
