// The operations of spec/openapi.yaml, read straight from the file (path key and method), so that
// a path added to the spec is covered by the safety test without anyone listing it.
import { readFileSync } from "node:fs";

export interface SpecOperation {
  readonly path: string;
  readonly method: string;
  readonly operationId: string;
}

const SPEC = new URL("../../../spec/openapi.yaml", import.meta.url);

export function specOperations(): SpecOperation[] {
  const operations: SpecOperation[] = [];
  let path: string | undefined;
  let method: string | undefined;
  let inPaths = false;
  for (const line of readFileSync(SPEC, "utf8").split("\n")) {
    if (/^\S/.test(line)) inPaths = line.startsWith("paths:");
    if (!inPaths) continue;
    const p = /^ {2}(\/\S*):\s*$/.exec(line);
    if (p) {
      path = p[1];
      continue;
    }
    const m = /^ {4}(get|post|put|delete|patch):\s*$/.exec(line);
    if (m) {
      method = m[1]?.toUpperCase();
      continue;
    }
    const id = /^ {6}operationId:\s*(\S+)/.exec(line);
    if (id && path !== undefined && method !== undefined) {
      operations.push({ path, method, operationId: id[1] as string });
    }
  }
  return operations;
}
