// A simulator, the webhook's Node entry pointed at it, and one finished run to read: the setup of
// the webhook load test and bench.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PLANTED } from "../secrets/planted.ts";
import { type SecretWorld, startSecretWorld } from "../secrets/secret-world.ts";
import { webhookEnv } from "../secrets/webhook-env.ts";
import { startWebhook, type WebhookServer } from "../webhook/node-entry.ts";
import { signedHeaders } from "../webhook/sign.ts";

export interface WebhookWorld {
  readonly server: WebhookServer;
  readonly world: SecretWorld;
  readonly secret: string;
  /** Id of a run that has ended (its result is kept by the webhook). */
  readonly runId: string;
  stop(): Promise<void>;
}

export async function startWebhookWorld(): Promise<WebhookWorld> {
  const world = await startSecretWorld(mkdtempSync(join(tmpdir(), "guestops-load-")));
  const server = await startWebhook(webhookEnv(world));
  try {
    const body = JSON.stringify({
      vm: "web-01",
      path: "/bin/echo",
      arguments: ["load"],
      waitMs: 10_000,
    });
    const response = await fetch(new URL("/runs", server.url), {
      method: "POST",
      headers: signedHeaders(PLANTED.webhookSecret, "POST", "/runs", body),
      body,
    });
    const run = (await response.json()) as { id: string; status: string };
    if (response.status !== 200 || run.status !== "exited") {
      throw new Error(`the run to read did not finish: ${response.status} ${JSON.stringify(run)}`);
    }
    return {
      server,
      world,
      secret: PLANTED.webhookSecret,
      runId: run.id,
      async stop() {
        await server.stop();
        await world.stop();
      },
    };
  } catch (error) {
    await server.stop();
    await world.stop();
    throw error;
  }
}
