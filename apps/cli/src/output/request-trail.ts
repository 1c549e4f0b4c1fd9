/** The secret-free summary of one HTTP exchange that the client reports (`onRequest`). */
export interface TrailEvent {
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  readonly status: number | undefined;
  readonly durationMs: number;
  readonly attempt: number;
  readonly error?: string | undefined;
  readonly dryRun?: true | undefined;
}

/** One line of the `--verbose` trail: `POST /api/vcenter/vm/vm-1/guest/processes?action=create -> 503 (12 ms) createProcess`. */
export function formatTrailEvent(event: TrailEvent): string {
  let path = event.url;
  try {
    const url = new URL(event.url);
    path = `${url.pathname}${url.search}`;
  } catch {
    // keep the URL as given
  }
  const outcome = event.status === undefined ? (event.error ?? "no answer") : String(event.status);
  const replay = event.attempt > 1 ? `, attempt ${event.attempt}` : "";
  return `${event.method} ${path} -> ${outcome} (${Math.round(event.durationMs)} ms${replay}) ${event.operation}`;
}

/** Keeps the last `limit` trail lines: enough to see how a run failed, bounded for big fleets. */
export function createTrail(limit = 200) {
  const lines: string[] = [];
  let dropped = 0;
  return {
    add(event: TrailEvent) {
      lines.push(formatTrailEvent(event));
      if (lines.length > limit) {
        lines.shift();
        dropped++;
      }
    },
    /** The trail as printed after an error: a heading and indented lines. */
    render(): string {
      if (lines.length === 0) return "request trail: no request was sent\n";
      const head =
        dropped > 0 ? `request trail (last ${limit} of ${limit + dropped}):` : "request trail:";
      return `${[head, ...lines.map((line) => `  ${line}`)].join("\n")}\n`;
    },
  };
}
