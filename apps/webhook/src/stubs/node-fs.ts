// Stands in for node:fs in the Workers bundle (see tsdown.config.ts): Workers have no files, and
// loadConfig refuses every file option there, so this never runs.
export function readFileSync(): never {
  throw new Error("files are not available on Cloudflare Workers");
}
