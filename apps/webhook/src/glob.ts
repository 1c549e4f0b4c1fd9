/**
 * Compiles a name glob (`*` any run of characters, `?` one character, everything else literal,
 * case-sensitive) to an anchored RegExp. No character classes or braces: a policy should be
 * readable at a glance.
 */
export function compileGlob(pattern: string): RegExp {
  let source = "";
  for (const char of pattern) {
    if (char === "*") source += ".*";
    else if (char === "?") source += ".";
    else source += char.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "su");
}
