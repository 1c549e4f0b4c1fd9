import { fileURLToPath } from "node:url";
import { defineConfig, type UserConfig } from "tsdown";

const stub = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Modules replaced in the Workers bundle, by specifier. */
const WORKER_STUBS: Record<string, string> = {
  undici: stub("./src/worker-stubs/undici.ts"),
  "node:fs": stub("./src/worker-stubs/node-fs.ts"),
  "node:crypto": stub("./src/worker-stubs/node-crypto.ts"),
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
  },
  { ...deployable, entry: { node: "src/node.ts" }, platform: "node" },
  { ...deployable, entry: { lambda: "src/lambda.ts" }, platform: "node" },
  {
    ...deployable,
    entry: { worker: "src/worker.ts" },
    platform: "browser",
    minify: true,
    // The client's TLS options need undici and node:fs, which Workers lack; config refuses those
    // options there, so stubs that throw keep them out of the bundle. node:crypto is replaced by
    // Web Crypto: the bundle then imports nothing at all. (A plugin, not `alias`: alias does not
    // reach every node: specifier.)
    plugins: [
      {
        name: "guestops:worker-stubs",
        resolveId: {
          order: "pre",
          handler: (id: string) => WORKER_STUBS[id],
        },
      },
    ],
  },
]);
