import type { AppContext } from "./app-context.js";
import { sha256Hex } from "./hmac.js";
import { errorResponse } from "./responses.js";
import type { RunView } from "./run-view.js";
import { isRunnerError } from "./runner.js";
import type { StartOutcome } from "./start-run.js";

/** The header a sender sets so that a redelivery returns the first run instead of a new one. */
export const IDEMPOTENCY_HEADER = "idempotency-key";

/** Visible ASCII, at most 255 characters: enough for UUIDs and delivery ids. */
const KEY = /^[\x21-\x7e]{1,255}$/;

type IdempotencyRecord =
  | { state: "pending"; fingerprint: string }
  | { state: "ambiguous"; fingerprint: string }
  | { state: "done"; fingerprint: string; view: RunView };

/** The outcome of {@link startOnce}. */
export type OnceOutcome =
  | { ok: true; view: RunView; replayed: boolean }
  | { ok: false; response: Response; reason: string };

export function isValidIdempotencyKey(key: string): boolean {
  return KEY.test(key);
}

/**
 * Starts at most one run per key, across every instance that shares the store: the first request
 * claims the key with an atomic set-if-absent, later ones read what it recorded. A start that
 * failed for sure releases the key so that the sender can retry; one whose outcome is unknown
 * keeps it (409 from then on). The same key with another body is refused.
 */
export async function startOnce(
  ctx: AppContext,
  key: string,
  body: Uint8Array,
  start: () => Promise<StartOutcome>,
): Promise<OnceOutcome> {
  // Hashing keeps caller text out of store keys and bounds their length.
  const storeKey = `idempotency:${await sha256Hex(key)}`;
  const fingerprint = await sha256Hex(new TextDecoder().decode(body));
  const pending: IdempotencyRecord = { state: "pending", fingerprint };
  if (await ctx.store.setIfAbsent(storeKey, JSON.stringify(pending), ctx.retentionMs)) {
    let outcome: StartOutcome;
    try {
      outcome = await start();
    } catch (error) {
      if (isRunnerError(error) && error.ambiguous) {
        // The program may be running: keep the key, so a redelivery cannot start a second copy.
        const ambiguous: IdempotencyRecord = { state: "ambiguous", fingerprint };
        await ctx.store.set(storeKey, JSON.stringify(ambiguous), ctx.retentionMs).catch(() => {});
      } else {
        await ctx.store.delete(storeKey).catch(() => {});
      }
      throw error;
    }
    if (!outcome.ok) {
      await ctx.store.delete(storeKey).catch(() => {});
      return outcome;
    }
    const done: IdempotencyRecord = { state: "done", fingerprint, view: outcome.view };
    await ctx.store.set(storeKey, JSON.stringify(done), ctx.retentionMs);
    return { ok: true, view: outcome.view, replayed: false };
  }

  const record = parseRecord(await ctx.store.get(storeKey));
  if (record === undefined) {
    // Released (a failed start) or expired between our two calls: the sender may simply retry.
    return conflict("the run for this Idempotency-Key is being started; retry shortly");
  }
  if (record.fingerprint !== fingerprint) {
    return {
      ok: false,
      reason: "idempotency_mismatch",
      response: errorResponse(
        422,
        "unprocessable",
        "Idempotency-Key was already used with a different body",
        {
          field: "Idempotency-Key",
        },
      ),
    };
  }
  if (record.state === "pending") {
    return conflict("the run for this Idempotency-Key is being started; retry shortly");
  }
  if (record.state === "ambiguous") {
    return conflict(
      "the first start for this Idempotency-Key lost its connection to vCenter after sending: the program may be running; check the VM, then use a new key",
    );
  }
  return { ok: true, view: record.view, replayed: true };
}

function conflict(message: string): OnceOutcome {
  return {
    ok: false,
    reason: "idempotency_pending",
    response: errorResponse(409, "conflict", message, {}, { "retry-after": "1" }),
  };
}

function parseRecord(text: string | undefined): IdempotencyRecord | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as IdempotencyRecord;
  } catch {
    return undefined;
  }
}
