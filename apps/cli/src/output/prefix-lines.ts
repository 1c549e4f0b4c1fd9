/**
 * Prefixes every line of a VM's output with its name (`web-01: `), as fleet runs print several
 * VMs' output into one stream. A last line without a newline gets one, so the next VM starts clean.
 */
export function prefixLines(prefix: string, text: string): string {
  if (text === "") return "";
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  return `${body
    .split("\n")
    .map((line) => `${prefix}${line}`)
    .join("\n")}\n`;
}
