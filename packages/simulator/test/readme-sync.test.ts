import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

// readme-example.test.ts runs the README's vitest example; this keeps the two texts identical.
test("the README's vitest example is the one readme-example.test.ts runs", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  const block = readme
    .split("Paste into `simulator.test.ts`")[1]
    ?.split("```ts\n")[1]
    ?.split("```")[0];
  const runner = readFileSync(join(import.meta.dirname, "readme-example.test.ts"), "utf8");
  // The runner's first line is its comment, and it imports the package from source.
  const body = runner
    .slice(runner.indexOf("\n") + 1)
    .replace('"../src/index.js"', '"@guestops/simulator"');
  expect(block).toBe(body);
});
