import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts"],
  format: "esm",
  platform: "node",
  dts: true,
  // .mjs/.d.mts whatever the package "type" is; package.json "exports" points at these names.
  fixedExtension: true,
  clean: true,
});
