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
   * trail on stderr after a failure with `--verbose`, with `secrets` redacted. Returns the status
   * it was given.
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
  secrets: readonly string[] = [],
): Connection {
  const { io, palette } = context;
  const trail = createTrail();
  const dryRun = flags.dryRun === true;
  const client = createClient({
    url: config.url,
    username: config.username,
    password: config.password,
    flavor: config.flavor,
    ...(config.caFiles.length > 0 ? { ca: config.caFiles } : {}),
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
      // The client redacts passwords and tokens; values copied by a bare `--env NAME` are ours.
      if (dryRun) io.stdout.write(redact(formatDryRunLog(client.dryRunLog), secrets));
      else if (flags.verbose && status !== 0) io.stderr.write(redact(trail.render(), secrets));
      return status;
    },
  };
}

function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    // Too short to be a secret worth hiding, and replacing it would mangle ordinary text.
    if (secret.length < 4) continue;
    out = out.split(secret).join("[redacted]");
    // The dry-run log shows bodies as JSON, where a value's quotes and backslashes are escaped.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join("[redacted]");
  }
  return out;
}
