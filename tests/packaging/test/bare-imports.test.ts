import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { bareImports } from "../src/bare-imports.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("lists the packages that built code imports, built-ins and relative paths aside", () => {
  dir = mkdtempSync(join(tmpdir(), "bare-imports-"));
  mkdirSync(join(dir, "dist"));
  writeFileSync(
    join(dir, "dist", "index.mjs"),
    [
      'import { a } from "./chunk.mjs";',
      'import { readFile } from "node:fs/promises";',
      'import { EventEmitter } from "events";',
      "import {",
      "  createClient,",
      "  isVcenterApiError",
      '} from "@guestops/client";',
      'export * from "openapi-fetch/dist/index.js";',
      'import "side-effect";',
      'const sim = await import("@guestops/simulator");',
      'throw new TypeError("Invalid URL from " + input);',
    ].join("\n"),
  );
  expect(bareImports(dir)).toEqual([
    "@guestops/client",
    "@guestops/simulator",
    "openapi-fetch",
    "side-effect",
  ]);
});
