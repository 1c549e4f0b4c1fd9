import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";

const PACKAGE_SPECIFIER = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/.*)?$/;

/**
 * The packages a built folder imports at run time (`from "x"`, `import("x")`), Node built-ins
 * aside. Regex, not a parser: tsdown's output is plain ESM, and a false hit only asks for a look.
 */
export function bareImports(dir: string): string[] {
  const found = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) =>
    /\.(mjs|js|cjs)$/.test(file),
  );
  for (const file of files) {
    const code = readFileSync(join(dir, file), "utf8");
    const specifiers = [
      // import … from "x", export … from "x" (statements start a line in tsdown's output)
      ...code.matchAll(/^\s*(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)["']/gm),
      // import "x"
      ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
      // import("x"), require("x")
      ...code.matchAll(/\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g),
    ].map((match) => match[1] as string);
    for (const specifier of specifiers) {
      if (!PACKAGE_SPECIFIER.test(specifier)) continue; // relative, absolute or not a name
      if (specifier.startsWith("node:")) continue;
      const parts = specifier.split("/");
      const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
      if (builtinModules.includes(name)) continue;
      found.add(name);
    }
  }
  return [...found].sort();
}
