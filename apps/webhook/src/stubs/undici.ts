// Stands in for undici in the Workers bundle (see tsdown.config.ts). Workers' fetch cannot take a
// custom CA or skip verification, and loadConfig refuses both options there, so this never runs.
export class Agent {
  constructor() {
    throw new Error("custom TLS settings are not supported on Cloudflare Workers");
  }
}
