/** Quotes one word for bash: `'...'`, with embedded single quotes closed, escaped and reopened. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
