// The webhook's Node entry under concurrent signed clients, small: 20 clients for 2 s.
// bench/load-webhook.ts runs the full 200 clients for 10 s.
import { afterAll, beforeAll, expect, test } from "vitest";
import { formatWebhookLoad, loadWebhook } from "../src/load/webhook-load.ts";
import { startWebhookWorld, type WebhookWorld } from "../src/load/webhook-world.ts";

let setup: WebhookWorld;
beforeAll(async () => {
  setup = await startWebhookWorld();
});
afterAll(() => setup?.stop());

test("answers every signed request of 20 concurrent clients without an error", async () => {
  const options = {
    url: setup.server.url,
    secret: setup.secret,
    runId: setup.runId,
    connections: 20,
    duration: 2,
    postEvery: 25,
    maxPosts: 10,
  };
  const result = await loadWebhook(options);
  console.log(formatWebhookLoad(options, result));
  expect(result.requests).toBeGreaterThan(20);
  expect(result.posts).toBeGreaterThan(0);
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
    errors: 0,
    timeouts: 0,
    non2xx: 0,
  });
  // The POSTs really started programs in the simulator.
  expect(setup.world.sim.stats.processes.length).toBeGreaterThanOrEqual(1 + result.posts);
});
