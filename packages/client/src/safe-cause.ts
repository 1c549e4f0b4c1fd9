import { scrubText } from "./redact.js";

/**
 * The cause to attach to an error: the original when it mentions no secret, otherwise a plain copy
 * with the secret removed from its message and stack (keeping `code`, which retry logic reads).
 */
export function safeCause(cause: unknown, secrets: readonly string[]): unknown {
  if (!(cause instanceof Error) || secrets.length === 0) return cause;
  const text = `${cause.message}\n${cause.stack ?? ""}`;
  if (scrubText(text, secrets) === text && safeCause(cause.cause, secrets) === cause.cause) {
    return cause;
  }
  const copy = new Error(scrubText(cause.message, secrets), {
    cause: safeCause(cause.cause, secrets),
  });
  copy.name = cause.name;
  copy.stack = scrubText(cause.stack ?? "", secrets);
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(copy, { code });
  return copy;
}
