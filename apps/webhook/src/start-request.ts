import * as v from "valibot";

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const startRequestSchema = v.strictObject({
  vm: v.pipe(
    v.string("must be a string"),
    v.minLength(1, "must not be empty"),
    v.maxLength(255, "is too long"),
  ),
  path: v.pipe(
    v.string("must be a string"),
    v.minLength(1, "must not be empty"),
    v.maxLength(4096, "is too long"),
  ),
  arguments: v.optional(
    v.pipe(
      v.array(v.string("must be a string"), "must be an array of strings"),
      v.maxLength(1024, "has too many items"),
    ),
  ),
  env: v.optional(
    v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(ENV_NAME, "must be a variable name")),
        v.string("must be a string"),
        "must be an object of strings",
      ),
    ),
  ),
  workingDirectory: v.optional(
    v.pipe(
      v.string("must be a string"),
      v.minLength(1, "must not be empty"),
      v.maxLength(4096, "is too long"),
    ),
  ),
  capture: v.optional(v.boolean("must be true or false")),
  timeoutMs: v.optional(
    v.pipe(
      v.number("must be a number"),
      v.integer("must be a whole number of ms"),
      v.minValue(1, "must be at least 1"),
    ),
  ),
  waitMs: v.optional(
    v.pipe(
      v.number("must be a number"),
      v.integer("must be a whole number of ms"),
      v.minValue(0, "must not be negative"),
    ),
  ),
});

/** The body of `POST /runs`. */
export type StartRequest = v.InferOutput<typeof startRequestSchema>;

/** The outcome of {@link parseStartRequest}: a request, or the first field at fault. */
export type StartRequestCheck =
  | { ok: true; request: StartRequest }
  | { ok: false; field: string; message: string };

/** Validates a parsed JSON body; unknown fields are rejected by name. */
export function parseStartRequest(body: unknown): StartRequestCheck {
  // valibot takes an array for an object with missing keys; the caller sent no object at all.
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, field: "body", message: "body must be a JSON object" };
  }
  const result = v.safeParse(startRequestSchema, body, { abortEarly: true });
  if (result.success) return { ok: true, request: result.output };
  const issue = result.issues[0];
  const segments = issue?.path?.map((item) => item.key) ?? [];
  const field = formatField(segments);
  if (issue?.expected === "never" && field !== "") {
    return { ok: false, field, message: `${field} is not a known field` };
  }
  if (issue?.type === "strict_object" && issue.received === "undefined") {
    return { ok: false, field, message: `${field} is required` };
  }
  if (field === "") return { ok: false, field: "body", message: "body must be a JSON object" };
  return { ok: false, field, message: `${field} ${issue?.message ?? "is invalid"}` };
}

function formatField(segments: readonly unknown[]): string {
  let field = "";
  for (const segment of segments) {
    if (typeof segment === "number") field += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) {
      field += field === "" ? segment : `.${segment}`;
    } else field += `[${JSON.stringify(String(segment))}]`;
  }
  return field;
}
