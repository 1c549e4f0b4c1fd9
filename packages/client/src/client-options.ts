import type { OperationName } from "./operation.js";

/** Which API flavor to talk: `auto` tries `/api/session` first and falls back to `/rest` on 404. */
export type FlavorOption = "auto" | "api" | "rest";

/** A `fetch`-compatible function; receives the `dispatcher` (TLS settings) in its second argument. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * vCenter address: a host (`vc.example.com`, `vc:8443`), a URL (`https://vc.example.com`), or a
   * govc-style URL with credentials (`https://user:pass@vc.example.com`). Credentials in the URL are
   * taken out of it (explicit `username`/`password` win) and never printed.
   */
  readonly url: string;
  /** vCenter user name, e.g. `administrator@vsphere.local`. */
  readonly username?: string;
  /** vCenter password. */
  readonly password?: string;
  /**
   * An existing vCenter session id to reuse (e.g. from another process). With `username` and
   * `password` as well, the client renews it when it expires.
   */
  readonly sessionId?: string;
  /** API flavor; in a dry run `auto` resolves to `api`. @default "auto" */
  readonly flavor?: FlavorOption;
  /** CA certificate(s) to trust for vCenter's TLS certificate: PEM text, or a path to a PEM file. */
  readonly ca?: string | readonly string[];
  /**
   * Skip TLS certificate verification. An explicit opt-in: anyone on the path can read the
   * credentials. Reported through `onInsecure`, or a process warning when that is not given.
   * @default false
   */
  readonly insecure?: boolean;
  /** Called once at creation when `insecure` is set, with a warning to show the user. */
  readonly onInsecure?: (message: string) => void;
  /** Per-call timeout in ms (Infinity disables it); a call option overrides it. @default 60000 */
  readonly timeout?: number;
  /** The `fetch` to use. @default globalThis.fetch, looked up at each call */
  readonly fetch?: FetchLike;
  /**
   * Record each request instead of sending it (see `dryRunLog`): lookups answer with placeholders
   * (login succeeds, `resolveVm(x)` is a powered-on VM `x`, `createProcess` returns pid 0,
   * `getProcess` reports exit code 0). @default false
   */
  readonly dryRun?: boolean;
  /** Called after each HTTP exchange with a secret-free summary (the verbose trail). */
  readonly onRequest?: (event: RequestEvent) => void;
}

/** Options of every client call. */
export interface CallOptions {
  /** Aborts the call; the call rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
  /**
   * Timeout of each HTTP exchange of this call in ms, overriding the client's (the replay after a
   * session renewal gets its own). A login the call waits for is shared with other calls and runs
   * with the client's timeout; `signal` still stops the wait.
   */
  readonly timeout?: number;
}

/** One HTTP exchange, as reported to `onRequest`: no bodies, no headers, no secrets. */
export interface RequestEvent {
  /** The client operation the exchange belongs to. */
  readonly operation: OperationName;
  /** HTTP method. */
  readonly method: string;
  /** The URL, without user info and without transfer tokens. */
  readonly url: string;
  /** HTTP status; `undefined` when no answer came (transport failure, timeout, abort). */
  readonly status: number | undefined;
  /** Time to the answer's headers (or to the failure), in ms. */
  readonly durationMs: number;
  /** 1 for the first send, 2 for the replay after a session renewal. */
  readonly attempt: number;
  /** The failure code when no answer came, e.g. `ECONNREFUSED`. */
  readonly error?: string;
  /** Set when the exchange was recorded, not sent. */
  readonly dryRun?: true;
}

/** One request recorded in dry-run mode, with secrets replaced by `[redacted]`. */
export interface DryRunEntry {
  /** The client operation the request belongs to. */
  readonly operation: OperationName;
  /** HTTP method. */
  readonly method: string;
  /** The URL, without user info and without transfer tokens. */
  readonly url: string;
  /** Request headers; `authorization` and `vmware-api-session-id` redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body with `password` and `saml_token` redacted, `[N bytes]` for uploads, or absent. */
  readonly body?: unknown;
}
