import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { ROUTES } from "../src/routes.js";

const spec = parse(
  readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8"),
) as {
  paths: Record<string, Record<string, { operationId: string }>>;
};

describe("the simulator's routes", () => {
  test("serve every operation of spec/openapi.yaml, and nothing else", () => {
    const inSpec = Object.entries(spec.paths).flatMap(([key, item]) =>
      Object.entries(item).map(
        ([method, operation]) => `${operation.operationId} ${method.toUpperCase()} ${key}`,
      ),
    );
    const served = ROUTES.map(
      (route) =>
        `${route.operationId} ${route.method} ${route.path}${route.action === undefined ? "" : `?${route.action}`}`,
    );
    expect(served.sort()).toEqual(inSpec.sort());
  });
});
