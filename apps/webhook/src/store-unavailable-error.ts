import type { Store } from "./store.js";

/** The replay/idempotency store failed: the app answers 503 and starts nothing (fail closed). */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}

export function isStoreUnavailableError(error: unknown): error is StoreUnavailableError {
  return error instanceof Error && error.name === "StoreUnavailableError";
}

/**
 * Wraps a store so that its failures become StoreUnavailableError. The cause is not kept: a Redis
 * client's error can quote its connection URL, password included.
 */
export function guardStore(store: Store): Store {
  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch {
      throw new StoreUnavailableError("state store is unavailable");
    }
  };
  return {
    setIfAbsent: (key, value, ttl) => guard(() => store.setIfAbsent(key, value, ttl)),
    set: (key, value, ttl) => guard(() => store.set(key, value, ttl)),
    get: (key) => guard(() => store.get(key)),
    delete: (key) => guard(() => store.delete(key)),
  };
}
