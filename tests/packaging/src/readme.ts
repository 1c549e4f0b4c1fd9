/** A fenced code block of a Markdown file. */
export interface CodeBlock {
  lang: string;
  code: string;
  /** The nearest heading above the block, e.g. "Install". */
  section: string;
}

/** Every fenced code block of a Markdown text, with the heading it sits under. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let section = "";
  let open: { lang: string; lines: string[] } | undefined;
  for (const line of markdown.split("\n")) {
    const fence = /^(`{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      if (fence && fence[2] === "") {
        blocks.push({ lang: open.lang, code: `${open.lines.join("\n")}\n`, section });
        open = undefined;
      } else {
        open.lines.push(line);
      }
    } else if (fence) {
      open = { lang: fence[2] ?? "", lines: [] };
    } else {
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      if (heading?.[1]) section = heading[1].trim();
    }
  }
  return blocks;
}

/**
 * The packages an install command names: `pnpm add -D @guestops/simulator undici` →
 * `["@guestops/simulator", "undici"]`. Flags are dropped; versions stay (`undici@7`).
 */
export function installedPackages(command: string): string[] {
  const names: string[] = [];
  for (const line of command.split("\n")) {
    const words = line
      .trim()
      .replace(/^\$\s*/, "")
      .split(/\s+/);
    const verb = words.findIndex((word) => ["add", "install", "i"].includes(word));
    if (verb < 1 || !["npm", "pnpm", "yarn", "bun"].includes(words[0] ?? "")) continue;
    names.push(...words.slice(verb + 1).filter((word) => word !== "" && !word.startsWith("-")));
  }
  return names;
}

/** `@guestops/simulator@^0.1` → `@guestops/simulator`. */
export function packageName(spec: string): string {
  const at = spec.indexOf("@", 1);
  return at === -1 ? spec : spec.slice(0, at);
}
