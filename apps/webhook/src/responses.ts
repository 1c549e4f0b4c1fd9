/** Stable machine codes of error responses. */
export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unprocessable"
  | "internal"
  | "bad_gateway"
  | "service_unavailable"
  | "gateway_timeout";

/** Extra members of an error body, e.g. the `field` of a 400. */
export type ErrorExtra = { field?: string } & Record<string, string | number | boolean | undefined>;

/**
 * `{"error": code, "message": text, ...extra}` with `cache-control: no-store`. Messages are written
 * by this app or come from a RunnerError: neither ever holds a secret.
 */
export function errorResponse(
  status: number,
  error: ErrorCode,
  message: string,
  extra: ErrorExtra = {},
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(status, { error, message, ...extra }, headers);
}

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...headers,
    },
  });
}
