// Stands in for undici in every deployable bundle (see tsdown.config.ts). @guestops/client only
// builds an undici Agent for its own `ca`/`insecure` options; the webhook never passes them (TLS
// settings travel in its own fetch, src/node-tls-fetch.ts), so this never runs.
export class Agent {
  constructor() {
    throw new Error("undici is not bundled: pass TLS settings through the fetch option instead");
  }
}
