import { mkdtempSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, defineConfig, type UserConfig } from "tsdown";

const stub = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Modules replaced by a stub, by specifier: a rolldown plugin (alias misses node: specifiers). */
const stubs = (table: Record<string, string>) => ({
  name: "guestops:stubs",
  resolveId: { order: "pre" as const, handler: (id: string) => table[id] },
});

/**
 * undici is only imported by @guestops/client for its `ca`/`insecure` options, which the webhook
 * never uses (TLS goes through its own fetch); bundled, it tripled the cold import time.
 */
const NODE_STUBS: Record<string, string> = { undici: stub("./src/stubs/undici.ts") };

const IOREDIS_ENTRY = realpathSync(createRequire(import.meta.url).resolve("ioredis"));
let ioredisSource: Promise<string> | undefined;

/**
 * ioredis, embedded as text and evaluated on first use. Compiling it was half of the Lambda
 * bundle's cold import even though it only runs with REDIS_URL set: V8 compiles every function
 * in a file, but only scans a string. It is bundled on its own (CommonJS, minified) once per build.
 */
const lazyIoredis = {
  name: "guestops:lazy-ioredis",
  // By file, not by specifier: the bundler's own dependency resolution answers "ioredis" first.
  load: {
    order: "pre" as const,
    handler: async (id: string) => {
      if (id !== IOREDIS_ENTRY) return undefined;
      ioredisSource ??= bundleIoredis();
      return `import { createRequire } from "node:module";
const module = { exports: {} };
new Function("module", "exports", "require", ${JSON.stringify(await ioredisSource)})(module, module.exports, createRequire(import.meta.url));
export const Redis = module.exports.Redis;
export default module.exports;`;
    },
  },
};

async function bundleIoredis(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "guestops-ioredis-"));
  await build({
    config: false,
    entry: { ioredis: IOREDIS_ENTRY },
    format: "cjs",
    platform: "node",
    minify: true,
    dts: false,
    fixedExtension: true,
    outDir,
    logLevel: "error",
    failOnWarn: true,
    checks: { pluginTimings: false },
    deps: { alwaysBundle: [/.*/] },
    outputOptions: { codeSplitting: false },
  });
  return readFileSync(join(outDir, "ioredis.cjs"), "utf8");
}

/** Modules replaced in the Workers bundle, by specifier. */
const WORKER_STUBS: Record<string, string> = {
  ...NODE_STUBS,
  "node:fs": stub("./src/stubs/node-fs.ts"),
  "node:crypto": stub("./src/stubs/node-crypto.ts"),
  "node:module": stub("./src/stubs/node-module.ts"),
};

// Each deployable is one self-contained file: every dependency is bundled, nothing is resolved
// from node_modules at run time (a Lambda zip or a Workers upload is just that file).
const deployable = {
  format: "esm",
  dts: false,
  fixedExtension: true,
  clean: false,
  deps: { alwaysBundle: [/.*/] },
  // An import that cannot be resolved (e.g. a workspace package not built yet) would be left
  // as an external import in a file that must stand alone: fail the build instead.
  failOnWarn: true,
  // Bundling hundreds of modules takes a few seconds; rolldown's timing notice is noise here.
  checks: { pluginTimings: false },
  outputOptions: { codeSplitting: false },
} satisfies UserConfig;

export default defineConfig([
  // The library entry, for tests and for embedding createApp in another server.
  {
    entry: { index: "src/index.ts" },
    format: "esm",
    platform: "node",
    dts: true,
    fixedExtension: true,
    clean: true,
    checks: { pluginTimings: false },
  },
  // Minified: parse time is most of a cold start. undici is left out (see src/node-tls-fetch.ts),
  // ioredis is text until used.
  {
    ...deployable,
    entry: { node: "src/node.ts" },
    platform: "node",
    minify: true,
    plugins: [stubs(NODE_STUBS), lazyIoredis],
  },
  {
    ...deployable,
    entry: { lambda: "src/lambda.ts" },
    platform: "node",
    minify: true,
    plugins: [stubs(NODE_STUBS), lazyIoredis],
  },
  {
    ...deployable,
    entry: { worker: "src/worker.ts" },
    platform: "browser",
    minify: true,
    // No files and no Node modules on Workers: node:fs and node:module become stubs that throw
    // (config refuses every option that needs them there), node:crypto becomes Web Crypto. The
    // bundle imports nothing.
    plugins: [stubs(WORKER_STUBS)],
  },
]);
