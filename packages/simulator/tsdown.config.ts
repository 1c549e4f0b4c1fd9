import { defineConfig } from "tsdown";

export default defineConfig({
  // The library, and the `guestops-simulator` bin as its own entry so importing the library never
  // starts a server.
  entry: ["src/index.ts", "src/bin.ts"],
  format: "esm",
  platform: "node",
  dts: true,
  // .mjs/.d.mts whatever the package "type" is; package.json "exports" points at these names.
  fixedExtension: true,
  clean: true,
});
