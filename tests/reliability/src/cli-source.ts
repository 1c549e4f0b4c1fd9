// The CLI publishes only its bin; its parsers and runCli are reached through its sources, which
// vitest compiles (the end-to-end half of the secret test runs the built bin instead).

export type { CliIo } from "../../../apps/cli/src/cli-io.ts";
export { runCli } from "../../../apps/cli/src/main.ts";
export { formatDuration, parseDuration } from "../../../apps/cli/src/parse/duration.ts";
export { parseEnvPairs } from "../../../apps/cli/src/parse/env-pairs.ts";
