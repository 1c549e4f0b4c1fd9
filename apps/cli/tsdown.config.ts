import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const { version, dependencies } = JSON.parse(
  readFileSync(new URL("package.json", import.meta.url), "utf8"),
);

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
    // Our own packages are runtime dependencies, so tsdown leaves them external: a release of
    // client or poll then releases the CLI too (changesets follows dependencies), and users get
    // their fixes through the CLI's `^` ranges. undici is the client's own dependency, which the
    // client require()s when a CA or --insecure is given; the CLI never imports it. Dynamic imports
    // (the commands, the simulator) become chunks loaded on use.
    // Only commander (a devDependency) is bundled: the build fails if anything else from
    // node_modules is, or if the output imports a package that is not a dependency.
    onlyBundle: [/^commander$/],
    onlyImport: Object.keys(dependencies),
  },
});
