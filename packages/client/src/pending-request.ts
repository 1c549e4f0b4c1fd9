/**
 * A request not built yet: its URL and init, as openapi-fetch assembled them. openapi-fetch builds
 * a WHATWG Request and fetch then builds another from it; undici's Request constructor (with its
 * signal bookkeeping) is the largest per-call cost of the client, so openapi-fetch is given this
 * class as its `Request`, and the one real Request is built by fetch itself, exactly as for a raw
 * `fetch(url, init)`. A real Request is made only for an injected fetch and for the dry-run log.
 */
export class PendingRequest {
  /** The full URL. */
  readonly url: string;
  /** The fetch init (method, headers, body, signal, redirect). */
  readonly init: RequestInit;
  /** HTTP method. */
  readonly method: string;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.init = init;
    this.method = (init.method ?? "GET").toUpperCase();
  }

  /** The WHATWG Request this stands for. */
  toRequest(): Request {
    return new Request(this.url, this.init);
  }

  /** The same request for another URL. */
  withUrl(url: string): PendingRequest {
    return new PendingRequest(url, this.init);
  }
}
