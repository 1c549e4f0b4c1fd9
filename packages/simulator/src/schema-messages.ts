// zod reports an unknown key as "Unrecognized key" at the enclosing object's path, and a bad
// record key as "Invalid key in record". Someone fixing a typo needs the bad key in the path and
// the valid choices in the message, so every schema of the simulator's settings goes through here.
import { z } from "zod";

/** A strict object whose unknown-key error names the key and lists the keys it accepts. */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const valid = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(", ")} (valid keys: ${valid})`
        : undefined,
  });
}

/** A record whose keys must be one of `valid`; `what` names a key in the error ("operation"). */
export function recordOf<Value extends z.ZodType>(
  what: string,
  valid: readonly string[],
  value: Value,
) {
  const known = new Set(valid);
  const list = valid.join(", ");
  const key = z.string().refine((name) => known.has(name), {
    error: (issue) => `unknown ${what} ${JSON.stringify(issue.input)} (valid: ${list})`,
  });
  return z.record(key, value);
}

/** Where a failed parse went wrong first (`busy.createProces`, "" for the root) and why. */
export function firstIssue(error: z.ZodError): { readonly path: string; readonly reason: string } {
  const issue = error.issues[0];
  if (issue === undefined) return { path: "", reason: "invalid" };
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  const reason =
    issue.code === "invalid_key" ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return { path: path.join("."), reason };
}
