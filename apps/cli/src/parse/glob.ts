/** Whether a name pattern has `*` or `?` wildcards. */
export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** A matcher for a shell-style pattern: `*` any run of characters, `?` one; case-sensitive like vCenter names. */
export function globMatcher(pattern: string): (name: string) => boolean {
  const source = pattern
    .split("")
    .map((char) =>
      char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  const regex = new RegExp(`^${source}$`, "s");
  return (name) => regex.test(name);
}
