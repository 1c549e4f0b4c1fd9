import type { GuestOpsClient, OperationName, VmEntry } from "@guestops/client";
import {
  cancelRun,
  checkRun,
  isCreateOutcomeUnknownError,
  parseRunHandle,
  type RunResult,
  serializeRunHandle,
  startRun,
} from "@guestops/poll";
import type { Config } from "./config.js";
import { type FinishedRun, type Runner, RunnerError, type VmRef } from "./runner.js";
import { toRunnerError } from "./to-runner-error.js";

/** The runner of production: `@guestops/poll` on a `@guestops/client` connected to vCenter. */
export function createPollRunner(client: GuestOpsClient, config: Pick<Config, "vcenter">): Runner {
  // Belt and braces: the client scrubs secrets from its messages, this scrubs the ones we know.
  const fail = (error: unknown, operation: OperationName, guestPassword?: string): unknown => {
    const secrets = [
      config.vcenter.password,
      ...(guestPassword === undefined ? [] : [guestPassword]),
    ];
    if (isCreateOutcomeUnknownError(error)) {
      return new RunnerError("vcenter_unreachable", scrub(error.message, secrets), {
        ambiguous: true,
      });
    }
    if (error instanceof Error && error.name === "VmNotReadyError") {
      return new RunnerError("vm_unavailable", scrub(error.message, secrets));
    }
    return toRunnerError(error, operation, secrets);
  };

  return {
    async resolveVm(nameOrId, options = {}) {
      try {
        const vm = await client.resolveVm(nameOrId, options);
        return { id: vm.vm, name: vm.name, powerState: vm.powerState };
      } catch (error) {
        throw fail(error, "resolveVm");
      }
    },
    async start(input, options = {}) {
      try {
        const handle = await startRun(
          withResolvedVm(client, input.vm),
          {
            vm: input.vm.id,
            path: input.path,
            args: input.arguments,
            ...(input.env === undefined ? {} : { env: input.env }),
            ...(input.workingDirectory === undefined
              ? {}
              : { workingDirectory: input.workingDirectory }),
            credentials: input.credentials,
            capture: input.capture,
            timeout: input.timeoutMs,
          },
          options,
        );
        return {
          handle: serializeRunHandle(handle),
          pid: handle.pid,
          startedAt: new Date(handle.startedAt).toISOString(),
        };
      } catch (error) {
        throw fail(error, "createProcess", input.credentials.password);
      }
    },
    async check(handle, credentials, options = {}) {
      try {
        const state = await checkRun(client, parseRunHandle(handle), credentials, options);
        return state.status === "running" ? { status: "running" } : toFinishedRun(state);
      } catch (error) {
        throw fail(error, "getProcess", credentials.password);
      }
    },
    async cancel(handle, credentials, options = {}) {
      try {
        return toFinishedRun(await cancelRun(client, parseRunHandle(handle), credentials, options));
      } catch (error) {
        throw fail(error, "deleteProcess", credentials.password);
      }
    },
  };
}

/**
 * The client, answering a lookup of the VM the webhook just resolved (to check it against the
 * policy) without asking vCenter a second time.
 */
function withResolvedVm(client: GuestOpsClient, vm: VmRef): GuestOpsClient {
  const { powerState, name } = vm;
  if (powerState === undefined || name === undefined) return client;
  const entry = { vm: vm.id, name, powerState: powerState as VmEntry["powerState"] };
  const resolveVm: GuestOpsClient["resolveVm"] = (nameOrId, options) =>
    nameOrId === vm.id ? Promise.resolve(entry) : client.resolveVm(nameOrId, options);
  return Object.assign(Object.create(client) as GuestOpsClient, { resolveVm });
}

/** Keeps what the webhook reports; `error` and `outputNote` may quote guest paths, not secrets. */
function toFinishedRun(result: RunResult): FinishedRun {
  return {
    status: result.status,
    exitCode: result.exitCode,
    exitDescription: result.exitDescription,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    durationMs: result.durationMs,
    stdout: result.stdout,
    stderr: result.stderr,
    stdoutTruncated: result.stdoutTruncated,
    stderrTruncated: result.stderrTruncated,
    outputCaptured: result.outputCaptured,
    cancelled: result.cancelled,
  };
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret !== "") out = out.replaceAll(secret, "[redacted]");
  return out;
}
