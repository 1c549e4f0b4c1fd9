#!/usr/bin/env node
// Calls the guestops webhook with signed requests, using nothing but Node's standard library.
// Copy this file into the job or script that starts runs.
//
//   GUESTOPS_WEBHOOK_SECRET=… node sign.mjs https://hooks.example.com POST /runs '{"vm":"vm-42",…}'
//
// The webhook checks an HMAC-SHA256 over `${timestamp}.${METHOD}.${path}.${rawBody}` and refuses
// a timestamp more than 300 s off its clock, or a signature it has seen before: sign each request
// just before sending it, and send the body byte for byte as it was signed.
import { createHmac } from "node:crypto";
import { pathToFileURL } from "node:url";

export const TIMESTAMP_HEADER = "x-guestops-timestamp";
export const SIGNATURE_HEADER = "x-guestops-signature";

/**
 * The two headers that authenticate one request.
 *
 * @param {object} request
 * @param {string} request.secret The webhook's shared secret.
 * @param {string} request.method HTTP method; signed in upper case.
 * @param {string} request.path Path with its query string, exactly as the webhook receives it.
 * @param {string} [request.body] Raw body; "" for GET and DELETE.
 * @param {number} [request.timestamp] Unix time in seconds; now by default.
 * @returns {Record<string, string>}
 */
export function signatureHeaders({ secret, method, path, body = "", timestamp }) {
  const seconds = timestamp ?? Math.floor(Date.now() / 1000);
  const mac = createHmac("sha256", secret)
    .update(`${seconds}.${method.toUpperCase()}.${path}.`)
    .update(body)
    .digest("hex");
  return { [TIMESTAMP_HEADER]: String(seconds), [SIGNATURE_HEADER]: `v1=${mac}` };
}

/**
 * Sends one signed request and returns the status and the parsed JSON answer.
 *
 * @param {string} baseUrl Where the webhook listens, e.g. "https://hooks.example.com".
 * @param {object} request
 * @param {string} request.secret
 * @param {string} request.method
 * @param {string} request.path
 * @param {unknown} [request.json] Sent as the JSON body (serialised once, so signed bytes = sent bytes).
 * @returns {Promise<{ status: number, body: unknown }>}
 */
export async function sendSigned(baseUrl, { secret, method, path, json }) {
  const body = json === undefined ? "" : JSON.stringify(json);
  /** @type {Record<string, string>} */
  const headers = signatureHeaders({ secret, method, path, body });
  if (body !== "") headers["content-type"] = "application/json";
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers,
    ...(body === "" ? {} : { body }),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
}

// Run as a command: node sign.mjs <base-url> <METHOD> <path> [json-body]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [baseUrl, method, path, json] = process.argv.slice(2);
  const secret = process.env.GUESTOPS_WEBHOOK_SECRET;
  if (!baseUrl || !method || !path || !secret) {
    console.error(
      "usage: GUESTOPS_WEBHOOK_SECRET=… node sign.mjs <base-url> <METHOD> <path> [json]",
    );
    process.exit(2);
  }
  const result = await sendSigned(baseUrl, {
    secret,
    method,
    path,
    json: json === undefined ? undefined : JSON.parse(json),
  });
  console.log(JSON.stringify(result, null, 2));
  process.exitCode = result.status < 400 ? 0 : 1;
}
