// Renders spec/openapi.yaml into src/generated/vcenter.ts with openapi-typescript.
// `--check` compares instead of writing, and fails when the committed file is stale.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

export const specUrl = new URL("../../../spec/openapi.yaml", import.meta.url);
export const generatedUrl = new URL("../src/generated/vcenter.ts", import.meta.url);

const banner = `/**
 * Generated from spec/openapi.yaml by openapi-typescript. Do not edit by hand:
 * change the spec, then run \`pnpm generate\`.
 */

`;

/** Renders the spec into the TypeScript source that should be committed. */
export async function renderTypes() {
  const ast = await openapiTS(specUrl, { alphabetize: false });
  return banner + astToString(ast);
}

/** Compares the committed file with a fresh rendering; returns a message when it is stale. */
export async function findStaleTypes() {
  const [expected, actual] = await Promise.all([
    renderTypes(),
    readFile(generatedUrl, "utf8").catch(() => ""),
  ]);
  if (expected === actual) return undefined;
  return `packages/core/src/generated/vcenter.ts is stale: spec/openapi.yaml changed but the types were not regenerated. Run \`pnpm generate\` and commit the result.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check")) {
    const stale = await findStaleTypes();
    if (stale) {
      console.error(stale);
      process.exit(1);
    }
  } else {
    await writeFile(generatedUrl, await renderTypes());
  }
}
