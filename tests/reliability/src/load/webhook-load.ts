// The webhook's Node entry under many concurrent clients (autocannon, loopback, keep-alive):
// mostly signed GET /runs/{id} of a real, finished run, plus a bounded number of signed POSTs
// with unique Idempotency-Keys that really start programs in the simulator.
import autocannon from "autocannon";
import { signSync } from "../webhook/sign.ts";

/** Options of {@link loadWebhook}. */
export interface WebhookLoadOptions {
  /** The webhook's base URL (127.0.0.1). */
  readonly url: string;
  readonly secret: string;
  /** Id of a run that exists (GETs read it). */
  readonly runId: string;
  readonly connections: number;
  /** Seconds. */
  readonly duration: number;
  /** Every this many requests is a POST, until `maxPosts` were sent. */
  readonly postEvery: number;
  readonly maxPosts: number;
}

/** What the load run saw. */
export interface WebhookLoadResult {
  readonly requests: number;
  readonly posts: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly statusCodes: Record<string, number>;
  readonly requestsPerSecond: number;
  /** Latency percentiles, in ms. */
  readonly latency: { p50: number; p90: number; p99: number; max: number; mean: number };
}

export async function loadWebhook(options: WebhookLoadOptions): Promise<WebhookLoadResult> {
  let sequence = 0;
  let posts = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    // Loopback, two cores: the default 10 s would count a busy moment as an error.
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const n = sequence++;
          // Each request is signed anew (the replay guard refuses a signature seen before): the
          // query string makes every GET's signed bytes unique.
          if (n % options.postEvery === 0 && posts < options.maxPosts) {
            posts++;
            const body = JSON.stringify({
              vm: "web-01",
              path: "/bin/echo",
              arguments: [`load ${n}`],
            });
            const timestamp = Math.floor(Date.now() / 1000);
            return {
              ...request,
              method: "POST",
              path: "/runs",
              body,
              headers: {
                "content-type": "application/json",
                "idempotency-key": `load-${n}`,
                "x-guestops-timestamp": String(timestamp),
                "x-guestops-signature": signSync(options.secret, timestamp, "POST", "/runs", body),
              },
            };
          }
          const path = `/runs/${options.runId}?n=${n}`;
          const timestamp = Math.floor(Date.now() / 1000);
          return {
            ...request,
            method: "GET",
            path,
            body: undefined,
            headers: {
              "x-guestops-timestamp": String(timestamp),
              "x-guestops-signature": signSync(options.secret, timestamp, "GET", path),
            },
          };
        },
      },
    ],
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = Number((stats as { count: number | string }).count);
  }
  return {
    requests: result.requests.total,
    posts,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    requestsPerSecond: result.requests.average,
    latency: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
  };
}

/** One line for humans. */
export function formatWebhookLoad(options: WebhookLoadOptions, r: WebhookLoadResult): string {
  return [
    `webhook load: ${options.connections} clients for ${options.duration} s on loopback: ${r.requests} requests (${r.posts} POSTs starting runs), ${Math.round(r.requestsPerSecond)} req/s`,
    `  latency ms: p50 ${r.latency.p50}, p90 ${r.latency.p90}, p99 ${r.latency.p99}, max ${r.latency.max} (mean ${r.latency.mean.toFixed(1)})`,
    `  errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}; status codes ${JSON.stringify(r.statusCodes)}`,
  ].join("\n");
}
