// Stands in for node:crypto in the Workers bundle (see tsdown.config.ts), so the bundle needs no
// Node module at all. @guestops/poll only calls randomBytes(n).toString("hex") for run ids; Web
// Crypto's getRandomValues is as random.
export function randomBytes(size: number): { toString(encoding?: string): string } {
  const bytes = crypto.getRandomValues(new Uint8Array(size));
  return {
    toString(encoding = "hex") {
      if (encoding !== "hex")
        throw new Error(`randomBytes stub: only hex is supported, not ${encoding}`);
      return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
    },
  };
}
