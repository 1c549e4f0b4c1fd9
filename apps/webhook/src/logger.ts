/** The one line logged per request. Holds no secret, no request body and no captured output. */
export interface RequestLog {
  /** Request id, also sent back as `x-request-id`. */
  id: string;
  method: string;
  /** The route pattern (`/runs/:id`), never the concrete path: run ids are long and not for logs. */
  route: string;
  status: number;
  /** Short machine reason of a rejection, e.g. `signature`, `policy`. */
  reason?: string | undefined;
  vm?: string | undefined;
  pid?: number | undefined;
  /** Run status reported, e.g. `running`, `exited`. */
  run?: string | undefined;
  /** Time spent on the request, in ms. */
  durationMs: number;
}

/** Where request logs go. */
export interface Logger {
  request(entry: RequestLog): void;
}

/** Writes one JSON line per request through `write` (console.log by default: Lambda and Workers collect it). */
export function createJsonLogger(write: (line: string) => void = console.log): Logger {
  return {
    request(entry) {
      write(
        JSON.stringify({ level: entry.status >= 500 ? "error" : "info", msg: "request", ...entry }),
      );
    },
  };
}

/** A logger that drops everything: for tests that do not look at logs. */
export const silentLogger: Logger = { request() {} };
