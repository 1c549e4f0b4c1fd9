import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8"));

export default defineConfig({
  // cli: the bin. demo: the README's demo (`pnpm demo`), which runs the built bin.
  entry: { cli: "src/cli.ts", demo: "src/demo/demo.ts" },
  format: "esm",
  platform: "node",
  target: "node22",
  dts: false,
  fixedExtension: true,
  clean: true,
  // The bin answers --version from this constant, without loading any other file.
  define: { __GUESTOPS_VERSION__: JSON.stringify(version) },
  deps: {
    // One file to load at start-up instead of a node_modules walk: commander and our own client
    // and poller are bundled (devDependencies). The simulator stays a runtime dependency, imported
    // only by `guestops simulator` and the demo; dynamic imports become chunks loaded on use.
    // undici too: the client loads it with require() only when a CA or --insecure is given, which
    // a bundler cannot follow, so the CLI declares it.
    alwaysBundle: [/^commander$/, /^@guestops\/(client|poll|core)$/],
    neverBundle: [/^@guestops\/simulator$/],
  },
});
