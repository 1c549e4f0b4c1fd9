import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { FetchLike } from "@guestops/client";

/** TLS settings of {@link createTlsFetch}. */
export interface TlsFetchOptions {
  /** PEM of the CA that signed vCenter's certificate, trusted on top of the system's. */
  ca?: string | undefined;
  /** Skip certificate verification (a knowing opt-in). @default false */
  insecure?: boolean | undefined;
}

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** Longest a kept-alive socket stays idle, in ms (shorter when the server says so). */
const IDLE_TIMEOUT = 30_000;

/**
 * A `fetch` over node:http(s) with its own TLS trust, for the vCenter client on Node and Lambda.
 * The client would otherwise need the undici package for a custom CA, and parsing undici made up
 * two thirds of the Lambda bundle's cold start. Failures reject like the built-in fetch (a
 * TypeError whose cause carries the socket error's `code`), so the client classifies them alike;
 * an abort rejects with the signal's reason.
 */
export function createTlsFetch(options: TlsFetchOptions): FetchLike {
  // Node's agent honours a server's `Keep-Alive: timeout=N` hint (retiring idle sockets a second
  // early, so none is reused as the server closes it) only when it has a timeout of its own.
  const keepAlive = { keepAlive: true, timeout: IDLE_TIMEOUT };
  const https = new HttpsAgent({
    ...keepAlive,
    rejectUnauthorized: options.insecure !== true,
    ...(options.ca === undefined ? {} : { ca: options.ca }),
  });
  const http = new HttpAgent(keepAlive);

  return async (input) => {
    const signal = input.signal;
    signal.throwIfAborted();
    const url = new URL(input.url);
    const body = input.body === null ? undefined : new Uint8Array(await input.arrayBuffer());
    const headers: Record<string, string> = {};
    input.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (body !== undefined) headers["content-length"] = String(body.byteLength);
    const secure = url.protocol === "https:";
    const send = secure ? httpsRequest : httpRequest;

    return new Promise<Response>((resolve, reject) => {
      const fail = (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(signal.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }));
      };
      const request = send(
        url,
        { method: input.method, headers, agent: secure ? https : http },
        (response) => {
          collect(response).then((bytes) => {
            signal.removeEventListener("abort", onAbort);
            const status = response.statusCode ?? 502;
            resolve(
              new Response(NULL_BODY.has(status) ? null : bytes, {
                status,
                statusText: response.statusMessage ?? "",
                headers: toHeaders(response),
              }),
            );
          }, fail);
        },
      );
      const onAbort = () =>
        request.destroy(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
      signal.addEventListener("abort", onAbort, { once: true });
      request.on("error", fail);
      request.end(body);
    });
  };
}

function collect(response: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("end", () => {
      const joined = Buffer.concat(chunks);
      const bytes = new Uint8Array(joined.byteLength);
      bytes.set(joined);
      resolve(bytes);
    });
    response.on("error", reject);
  });
}

function toHeaders(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}
