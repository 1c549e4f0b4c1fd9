/** One request recorded in dry-run mode (already redacted by the client). */
export interface DryRunRequest {
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/**
 * What `--dry-run` prints on stdout: each request the command would send, in order, with its
 * redacted headers and body. The client answered them with placeholders, so the sequence is the
 * whole one (login, lookup, start, wait, output, clean-up).
 */
export function formatDryRunLog(entries: readonly DryRunRequest[]): string {
  const lines = [
    `# dry run: ${entries.length} request${entries.length === 1 ? "" : "s"} would be sent (secrets redacted); nothing was sent`,
  ];
  for (const entry of entries) {
    lines.push(`${entry.method} ${entry.url}  # ${entry.operation}`);
    for (const [name, value] of Object.entries(entry.headers ?? {})) {
      if (name === "content-type" || name === "accept") continue;
      lines.push(`  ${name}: ${value}`);
    }
    if (entry.body !== undefined) {
      lines.push(`  ${typeof entry.body === "string" ? entry.body : JSON.stringify(entry.body)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
