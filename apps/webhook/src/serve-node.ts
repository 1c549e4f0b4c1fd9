import { serve } from "@hono/node-server";
import type { Env } from "./config.js";
import { ConfigError } from "./config-error.js";
import { createNodeApp } from "./node-app.js";

/** Where {@link serveNode} listens. */
export interface ServeOptions {
  /** @default "127.0.0.1": loopback unless told otherwise (HOST=0.0.0.0 behind a proxy) */
  host?: string;
  /** @default 8787 */
  port?: number;
}

/**
 * Serves the webhook over HTTP on `HOST`/`PORT`, with `env` as configuration. A configuration
 * error ends the process with status 78 (EX_CONFIG) and one line that names the variable.
 */
export async function serveNode(env: Env): Promise<void> {
  let app: ReturnType<typeof createNodeApp>;
  try {
    app = createNodeApp(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(
      JSON.stringify({
        level: "error",
        msg: `configuration: ${error.message}`,
        variable: error.variable,
      }),
    );
    process.exit(78);
  }
  const host = typeof env.HOST === "string" && env.HOST !== "" ? env.HOST : "127.0.0.1";
  const port = parsePort(env.PORT);
  const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
    console.log(
      JSON.stringify({ level: "info", msg: "listening", url: `http://${host}:${info.port}` }),
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

function parsePort(value: unknown): number {
  if (value === undefined || value === "") return 8787;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(
      JSON.stringify({
        level: "error",
        msg: "configuration: PORT must be a TCP port number",
        variable: "PORT",
      }),
    );
    process.exit(78);
  }
  return port;
}
