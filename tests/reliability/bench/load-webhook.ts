// The webhook's Node entry under 200 concurrent signed clients for 10 s (autocannon, loopback):
// mostly GET /runs/{id} of a real run, plus at most 100 POSTs with unique Idempotency-Keys.
// Exits 1 on any error, timeout or non-2xx answer.
//
//   node bench/load-webhook.ts [--connections 200] [--duration 10]
import { parseArgs } from "node:util";
import { LIBRARIES, requireBuild, WEBHOOK } from "./require-build.ts";

requireBuild([...LIBRARIES, ...WEBHOOK]);
const { formatWebhookLoad, loadWebhook } = await import("../src/load/webhook-load.ts");
const { startWebhookWorld } = await import("../src/load/webhook-world.ts");

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "200" },
    duration: { type: "string", default: "10" },
  },
});
const setup = await startWebhookWorld();
try {
  const options = {
    url: setup.server.url,
    secret: setup.secret,
    runId: setup.runId,
    connections: Number(values.connections),
    duration: Number(values.duration),
    postEvery: 50,
    maxPosts: 100,
  };
  const result = await loadWebhook(options);
  console.log(formatWebhookLoad(options, result));
  if (result.errors + result.timeouts + result.non2xx > 0) process.exitCode = 1;
} finally {
  await setup.stop();
}
