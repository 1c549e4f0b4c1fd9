// Stands in for node:module in the Workers bundle (see tsdown.config.ts). @guestops/client makes a
// `require` to load undici for its own `ca`/`insecure` options, which the webhook never passes
// (and which config refuses on Workers), so the function it returns is never called.
export function createRequire(): (id: string) => never {
  return (id) => {
    throw new Error(`require(${JSON.stringify(id)}) is not available on Cloudflare Workers`);
  };
}
