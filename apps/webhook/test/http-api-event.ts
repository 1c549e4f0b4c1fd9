import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { signRequest } from "../src/signature.js";
import { SECRET } from "./harness.js";

const API_DOMAIN = "r4nd0m1d.execute-api.eu-west-1.amazonaws.com";
const FUNCTION_URL_DOMAIN = "abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws";

/**
 * An API Gateway HTTP API (payload 2.0) event, as AWS delivers it for the `$default` route and
 * stage: lower-case headers, rawPath/rawQueryString, requestContext.http, optional base64 body.
 * Signed like a real sender signs, unless `sign` is false. `functionUrl` makes it a Lambda function
 * URL event (the same payload 2.0 under another domain).
 */
export async function httpApiEvent(
  method: string,
  pathWithQuery: string,
  options: {
    body?: string;
    base64?: boolean;
    headers?: Record<string, string>;
    sign?: boolean;
    timestamp?: number;
    functionUrl?: boolean;
  } = {},
): Promise<APIGatewayProxyEventV2> {
  const [rawPath = "/", rawQueryString = ""] = pathWithQuery.split("?");
  const body = options.body ?? "";
  const domain = options.functionUrl ? FUNCTION_URL_DOMAIN : API_DOMAIN;
  const apiId = domain.split(".")[0] ?? "";
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    accept: "*/*",
    host: domain,
    "user-agent": "curl/8.5.0",
    "x-amzn-trace-id": "Root=1-67a1b2c3-0123456789abcdef01234567",
    "x-forwarded-for": "203.0.113.7",
    "x-forwarded-port": "443",
    "x-forwarded-proto": "https",
    ...(body === ""
      ? {}
      : { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }),
  };
  if (options.sign !== false) {
    headers["x-guestops-timestamp"] = String(timestamp);
    headers["x-guestops-signature"] = await signRequest({
      secret: SECRET,
      timestamp,
      method,
      path: pathWithQuery,
      body,
    });
  }
  Object.assign(headers, options.headers);
  const now = Date.now();
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath,
    rawQueryString,
    headers,
    ...(rawQueryString === ""
      ? {}
      : { queryStringParameters: Object.fromEntries(new URLSearchParams(rawQueryString)) }),
    requestContext: {
      accountId: "123456789012",
      apiId,
      domainName: domain,
      domainPrefix: apiId,
      http: {
        method,
        path: rawPath,
        protocol: "HTTP/1.1",
        sourceIp: "203.0.113.7",
        userAgent: "curl/8.5.0",
      },
      requestId: `Jx${now.toString(36)}EMF=`,
      routeKey: "$default",
      stage: "$default",
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
    ...(body === ""
      ? { isBase64Encoded: false }
      : options.base64
        ? { body: Buffer.from(body).toString("base64"), isBase64Encoded: true }
        : { body, isBase64Encoded: false }),
  };
}
