import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { SECRET } from "./harness.js";
import { bundlePath } from "./test-bundles.js";

const dist = bundlePath;

/** Every module specifier a bundle imports statically or dynamically. */
function importsOf(file: string): string[] {
  const code = readFileSync(dist(file), "utf8");
  const found = new Set<string>();
  for (const match of code.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["']([^"']+)["']/g,
  )) {
    if (match[1] !== undefined) found.add(match[1]);
  }
  return [...found];
}

describe("deployable bundles", () => {
  test.each(["node.mjs", "lambda.mjs"])("%s imports nothing but Node's own modules", (file) => {
    expect(importsOf(file).filter((specifier) => !specifier.startsWith("node:"))).toEqual([]);
  });

  test("worker.mjs imports nothing at all", () => {
    expect(importsOf("worker.mjs")).toEqual([]);
  });

  test("lambda.mjs loads from a folder with no node_modules, as in a Lambda zip", () => {
    const dir = mkdtempSync(join(tmpdir(), "guestops-zip-"));
    copyFileSync(dist("lambda.mjs"), join(dir, "lambda.mjs"));
    const out = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "const { handler } = await import('./lambda.mjs'); process.stdout.write(typeof handler)",
      ],
      {
        cwd: dir,
        encoding: "utf8",
        env: {
          PATH: process.env.PATH ?? "",
          WEBHOOK_SECRETS: SECRET,
          WEBHOOK_POLICY: '{"vms":[],"programs":[],"maxTimeoutMs":1}',
          GUESTOPS_URL: "https://vcenter.invalid",
          GUESTOPS_USERNAME: "u",
          GUESTOPS_PASSWORD: "p",
          GUESTOPS_GUEST_USER: "g",
          GUESTOPS_GUEST_PASSWORD: "g",
          REDIS_URL: "redis://127.0.0.1:1",
        },
      },
    );
    expect(out).toBe("function");
  });
});
