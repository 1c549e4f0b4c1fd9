// When a POST /runs must start a run, stated independently of the webhook's code: a JSON object
// with only the documented fields, of the documented types, that the fuzz policy allows.

/** The policy of the fuzz (as the webhook reads it). */
export const FUZZ_POLICY = {
  vms: ["web-*", "vm-42"],
  programs: ["/bin/echo", "/usr/bin/uptime"],
  maxTimeoutMs: 60_000,
};

/** VM references the policy allows and the spy runner resolves. */
export const ALLOWED_VMS = ["web-01", "web-02", "vm-42"] as const;

const FIELDS = new Set([
  "vm",
  "path",
  "arguments",
  "env",
  "workingDirectory",
  "capture",
  "timeoutMs",
  "waitMs",
]);

/** Whether a correctly signed POST /runs with this body and content type must start a run. */
export function mustStart(
  body: string,
  contentType: string | undefined,
  idempotencyKey: string | undefined,
): boolean {
  if (contentType === undefined || !/^application\/json\s*(;|$)/i.test(contentType)) return false;
  if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) return false;
  if (new TextEncoder().encode(body).length > 64 * 1024) return false;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return false;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  if (Object.keys(o).some((key) => !FIELDS.has(key))) return false;
  if (!(ALLOWED_VMS as readonly unknown[]).includes(o.vm)) return false;
  if (!FUZZ_POLICY.programs.includes(o.path as string)) return false;
  if (
    o.arguments !== undefined &&
    !(
      Array.isArray(o.arguments) &&
      o.arguments.length <= 1024 &&
      o.arguments.every((a) => typeof a === "string")
    )
  )
    return false;
  // The policy allows neither env nor a working directory.
  if (o.env !== undefined || o.workingDirectory !== undefined) return false;
  if (o.capture !== undefined && typeof o.capture !== "boolean") return false;
  const ms = (v: unknown, min: number) => typeof v === "number" && Number.isInteger(v) && v >= min;
  if (
    o.timeoutMs !== undefined &&
    !(ms(o.timeoutMs, 1) && (o.timeoutMs as number) <= FUZZ_POLICY.maxTimeoutMs)
  )
    return false;
  if (o.waitMs !== undefined && !ms(o.waitMs, 0)) return false;
  return true;
}
