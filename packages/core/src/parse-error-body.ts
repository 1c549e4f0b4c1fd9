import { errorTypeFromRestType } from "./error-status.js";
import { isVapiErrorType, type VapiErrorType } from "./error-types.js";

/** One localizable message of a vAPI error, in our camelCase shape. */
export interface VapiMessage {
  /** Stable message id, e.g. `com.vmware.vapi.endpoint.method.authentication.required`. */
  readonly id: string;
  /** The English text vCenter sent (`default_message`). */
  readonly defaultMessage: string;
  /** The message arguments, as strings. */
  readonly args: readonly string[];
}

/** Which body shape an error arrived in: `/api`, legacy `/rest`, or neither. */
export type ErrorBodyFlavor = "api" | "rest" | "unknown";

/** A vAPI error body reduced to what callers decide on. */
export interface ParsedVapiError {
  /** The HTTP status of the response. */
  readonly status: number;
  /** The std error type, from `error_type` or else the `/rest` `type`; `undefined` when neither names one. */
  readonly errorType: VapiErrorType | undefined;
  /** The well-formed messages of the body, in order; malformed entries are skipped. */
  readonly messages: readonly VapiMessage[];
  /** The error's free-form `data` (e.g. FileErrorDetails); for an unrecognised JSON body, the body itself. */
  readonly data: unknown;
  /** The `challenge` of an UNAUTHENTICATED error, when the server sent one. */
  readonly challenge?: string;
  /** The shape the body was recognised as. */
  readonly flavor: ErrorBodyFlavor;
}

/** Id of the message that carries an excerpt of a body that was not a vAPI error (HTML, text). */
export const BODY_EXCERPT_MESSAGE_ID = "guestops.core.body_excerpt";

/** Longest body excerpt kept, in characters. */
const EXCERPT_LENGTH = 200;

/**
 * Reads a vCenter error response body of either flavor into one shape. Never throws.
 *
 * Accepts the parsed JSON or the raw text (which it tries to parse). The `/api` shape is
 * `{error_type, messages, data?}`, the `/rest` shape `{type: "com.vmware.vapi.std.errors.x",
 * value: {messages, data?, error_type?}}`. Anything else (HTML from a proxy, an empty or truncated
 * body) gives `flavor: "unknown"`, no `errorType`, and for text a short excerpt as the only message.
 *
 * @param status - the HTTP status of the response
 * @param body - the response body: parsed JSON, raw text, bytes, or `undefined` when there was none
 * @example
 * const parsed = parseVapiError(res.status, await res.text());
 * if (parsed.errorType === "RESOURCE_BUSY") retryLater();
 */
export function parseVapiError(status: number, body: unknown): ParsedVapiError {
  try {
    return parseBody(status, decode(body));
  } catch {
    // Only hostile inputs get here (throwing getters, revoked proxies): report them as unknown.
    return { status, errorType: undefined, messages: [], data: undefined, flavor: "unknown" };
  }
}

type Decoded = { json: unknown } | { text: string } | undefined;

function decode(body: unknown): Decoded {
  let text: string;
  if (typeof body === "string") text = body;
  else if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
    text = new TextDecoder().decode(body);
  } else if (body === undefined) return undefined;
  else return { json: body };

  if (text.trim() === "") return undefined;
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { text };
  }
}

function parseBody(status: number, decoded: Decoded): ParsedVapiError {
  const unknownShape = { status, errorType: undefined, flavor: "unknown" } as const;
  if (decoded === undefined) return { ...unknownShape, messages: [], data: undefined };
  if ("text" in decoded)
    return { ...unknownShape, messages: excerpt(decoded.text), data: undefined };

  const root = decoded.json;
  if (typeof root === "string")
    return { ...unknownShape, messages: excerpt(root), data: undefined };
  if (!isRecord(root)) return { ...unknownShape, messages: [], data: root };

  const restType = errorTypeFromRestType(root.type);
  const value = isRecord(root.value) ? root.value : undefined;
  if (restType !== undefined || (value !== undefined && looksLikeRestError(root, value))) {
    return fromFields(status, "rest", value ?? {}, restType);
  }
  if ("error_type" in root || "messages" in root) return fromFields(status, "api", root, undefined);
  return { ...unknownShape, messages: [], data: root };
}

function looksLikeRestError(
  root: Record<string, unknown>,
  value: Record<string, unknown>,
): boolean {
  return typeof root.type === "string" || "messages" in value || "error_type" in value;
}

function fromFields(
  status: number,
  flavor: "api" | "rest",
  fields: Record<string, unknown>,
  fallbackType: VapiErrorType | undefined,
): ParsedVapiError {
  const errorType = isVapiErrorType(fields.error_type) ? fields.error_type : fallbackType;
  const parsed = { status, errorType, messages: readMessages(fields.messages), data: fields.data };
  return typeof fields.challenge === "string"
    ? { ...parsed, challenge: fields.challenge, flavor }
    : { ...parsed, flavor };
}

function readMessages(raw: unknown): VapiMessage[] {
  if (!Array.isArray(raw)) return [];
  const messages: VapiMessage[] = [];
  for (const entry of raw) {
    if (!isRecord(entry)) continue;
    const { id, default_message: defaultMessage } = entry;
    if (typeof id !== "string" && typeof defaultMessage !== "string") continue;
    messages.push({
      id: typeof id === "string" ? id : "",
      defaultMessage: typeof defaultMessage === "string" ? defaultMessage : "",
      args: readArgs(entry.args),
    });
  }
  return messages;
}

function readArgs(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((arg) =>
    typeof arg === "string" || typeof arg === "number" || typeof arg === "boolean"
      ? [String(arg)]
      : [],
  );
}

function excerpt(text: string): VapiMessage[] {
  // Tags and runs of whitespace carry no meaning in a proxy's HTML error page; the words do.
  const plain = text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (plain === "") return [];
  const short = plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH)}…` : plain;
  return [{ id: BODY_EXCERPT_MESSAGE_ID, defaultMessage: short, args: [] }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
