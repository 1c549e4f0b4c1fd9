// "Every failure is a typed error with a clear message": what that means, checked on any value
// a run threw or reported.

/** The error classes guestops promises (client, poll), by their stable `name`. */
export const TYPED_ERROR_NAMES: ReadonlySet<string> = new Set([
  "VcenterApiError",
  "GuestAuthError",
  "SessionError",
  "TransportError",
  "RequestTimeoutError",
  "InvalidRequestError",
  "VmLookupError",
  "CreateOutcomeUnknownError",
  "ProcessLostError",
  "WaitTimeoutError",
  "VmNotReadyError",
  "InvalidRunHandleError",
]);

/** Texts that betray a message built from a value nobody formatted. */
const UNCLEAR = [/\[object \w+\]/, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /^Error: /];

/**
 * Why a thrown or reported value is not a typed error with a clear message, or undefined when
 * it is one: an `Error` of a known class, with a message of at least a few words that names what
 * failed and holds no unformatted value.
 */
export function typedErrorProblem(error: unknown): string | undefined {
  if (!(error instanceof Error)) return `not an Error: ${describe(error)}`;
  if (!TYPED_ERROR_NAMES.has(error.name)) {
    return `untyped ${error.name}: ${JSON.stringify(error.message)}`;
  }
  const message = error.message.trim();
  if (message.split(/\s+/).length < 4) {
    return `${error.name} with a message too short to say anything: ${JSON.stringify(message)}`;
  }
  const bad = UNCLEAR.find((pattern) => pattern.test(message));
  if (bad !== undefined) {
    return `${error.name} with an unclear message (${bad.source}): ${JSON.stringify(message)}`;
  }
  return undefined;
}

function describe(value: unknown): string {
  try {
    return typeof value === "string" ? JSON.stringify(value) : String(value);
  } catch {
    return typeof value;
  }
}
