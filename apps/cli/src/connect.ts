import { createClient, type GuestOpsClient } from "@guestops/client";
import type { CommandContext } from "./command-context.js";
import type { ConnectionConfig } from "./config/connection.js";
import { formatDryRunLog } from "./output/dry-run-log.js";
import { createTrail } from "./output/request-trail.js";

/** The vCenter client every command uses. */
export type GuestopsClient = GuestOpsClient;

/** `--dry-run` and `--verbose`, shared by every command that talks to vCenter. */
export interface TrailFlags {
  readonly dryRun?: boolean;
  readonly verbose?: boolean;
}

/** A client, and what to do when the command is over. */
export interface Connection {
  readonly client: GuestopsClient;
  readonly dryRun: boolean;
  /**
   * Ends the command: logs out (best effort), prints the dry-run log on stdout, or the request
   * trail on stderr after a failure with `--verbose`. Returns the status it was given.
   */
  finish(status: number): Promise<number>;
}

// A logout must not hold up the exit for long: the session expires on its own anyway.
const LOGOUT_TIMEOUT_MS = 2000;

/** Opens a client for a resolved connection; nothing is sent until the first call. */
export function connect(
  config: ConnectionConfig,
  flags: TrailFlags,
  context: CommandContext,
): Connection {
  const { io, palette } = context;
  const trail = createTrail();
  const dryRun = flags.dryRun === true;
  const client = createClient({
    url: config.url,
    username: config.username,
    password: config.password,
    flavor: config.flavor,
    ...(config.caFile ? { ca: config.caFile } : {}),
    ...(config.insecure
      ? {
          insecure: true,
          // The client's own warning names its option; say it in the CLI's words.
          onInsecure: () =>
            io.stderr.write(
              `${palette.yellow("guestops: warning:")} TLS certificate verification is off (--insecure): anyone on the network path can read the vCenter and guest passwords; pass --ca-file instead\n`,
            ),
        }
      : {}),
    dryRun,
    onRequest: (event) => trail.add(event),
  });
  return {
    client,
    dryRun,
    async finish(status) {
      await client.logout({ timeout: LOGOUT_TIMEOUT_MS }).catch(() => undefined);
      await client.close().catch(() => undefined);
      if (dryRun) io.stdout.write(formatDryRunLog(client.dryRunLog));
      else if (flags.verbose && status !== 0) io.stderr.write(trail.render());
      return status;
    },
  };
}
