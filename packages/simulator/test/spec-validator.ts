// Validates simulator responses against spec/openapi.yaml: the status must be declared for the
// path and method, and the body must match its schema. Fails loudly otherwise, so the simulator
// and the spec cannot drift apart.
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { parse } from "yaml";

type Json = Record<string, unknown>;

interface SpecOperation {
  readonly key: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly action: string | undefined;
  readonly responses: Record<string, Json>;
}

const spec = parse(
  readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8"),
) as Json;

const ajv = new Ajv2020({ strict: false, allErrors: true });
formats.default(ajv);
for (const format of ["int32", "int64", "float", "double", "password", "binary", "byte"]) {
  ajv.addFormat(format, true);
}
ajv.addSchema({ $id: "spec", components: spec.components });

/** Points `#/components/...` refs at the registered spec document. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? `spec${value}`
        : rebase(value),
    ]),
  );
}

const operations: SpecOperation[] = [];
for (const [key, item] of Object.entries(spec.paths as Record<string, Json>)) {
  const [path = "", action] = key.split("?");
  const source = path.replace(/\{(\w+)\}/g, (_, name) => (name === "path" ? "(.+)" : "([^/]+)"));
  for (const [method, operation] of Object.entries(item)) {
    operations.push({
      key,
      method: method.toUpperCase(),
      pattern: new RegExp(`^${source}$`),
      action,
      responses: (operation as Json).responses as Record<string, Json>,
    });
  }
}

function actionOf(url: URL): string | undefined {
  const action = url.searchParams.get("action");
  if (action !== null) return `action=${action}`;
  const tilde = url.searchParams.get("~action");
  return tilde === null ? undefined : `~action=${tilde}`;
}

const compiled = new Map<string, ValidateFunction>();

/** The spec operation a request targets, e.g. `POST /api/vcenter/vm/{vm}/guest/processes?action=create`. */
export function specOperationOf(method: string, url: URL): string {
  const operation = findOperation(method, url);
  return `${operation.method} ${operation.key}`;
}

function findOperation(method: string, url: URL): SpecOperation {
  const action = actionOf(url);
  const found = operations.find(
    (operation) =>
      operation.method === method &&
      operation.action === action &&
      operation.pattern.test(url.pathname),
  );
  if (found === undefined) {
    throw new Error(`${method} ${url.pathname}${url.search} is not an operation of the spec`);
  }
  return found;
}

/**
 * Checks one response against the spec.
 * @throws Error when the status is not declared for the operation, or the body does not match
 */
export function validateResponse(
  method: string,
  url: URL,
  status: number,
  contentType: string | null,
  text: string,
): void {
  const operation = findOperation(method, url);
  const where = `${operation.method} ${operation.key} -> ${status}`;
  const response = operation.responses[String(status)];
  if (response === undefined) {
    throw new Error(
      `${where}: status not declared in the spec (declared: ${Object.keys(operation.responses).join(", ")}); body: ${text.slice(0, 300)}`,
    );
  }
  const content = response.content as Record<string, Json> | undefined;
  if (content === undefined) {
    if (text !== "")
      throw new Error(`${where}: the spec declares no body, got ${text.slice(0, 200)}`);
    return;
  }
  const json = content["application/json"];
  if (json === undefined) return; // binary content (transfer downloads): nothing to check.
  if (!contentType?.startsWith("application/json")) {
    throw new Error(`${where}: expected application/json, got ${contentType}`);
  }
  const id = `${operation.method} ${operation.key} ${status}`;
  let validate = compiled.get(id);
  if (validate === undefined) {
    validate = ajv.compile(rebase(json.schema) as Json);
    compiled.set(id, validate);
  }
  const body: unknown = JSON.parse(text);
  if (!validate(body)) {
    throw new Error(
      `${where}: body does not match the spec: ${ajv.errorsText(validate.errors)}; body: ${text.slice(0, 500)}`,
    );
  }
}
