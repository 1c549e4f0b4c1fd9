import type { Store } from "./store.js";

interface Entry {
  value: string;
  expiresAt: number;
}

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** The clock, ms since the epoch. @default Date.now */
  now?: () => number;
  /** Most entries kept; the oldest-expiring go first when full, so memory stays bounded. @default 100000 */
  maxEntries?: number;
}

/**
 * A store for one instance (one Node process, one Lambda container, one Workers isolate). Run
 * several instances behind one URL and replay/idempotency need the Redis store instead.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 100_000;
  const entries = new Map<string, Entry>();

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function put(key: string, value: string, ttl: number): void {
    entries.delete(key);
    if (entries.size >= maxEntries) evict();
    entries.set(key, { value, expiresAt: now() + ttl });
  }

  function evict(): void {
    const time = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= time) entries.delete(key);
    // Still full: drop the entry that expires first rather than grow without bound.
    if (entries.size >= maxEntries) {
      let first: string | undefined;
      let firstExpiry = Number.POSITIVE_INFINITY;
      for (const [key, entry] of entries) {
        if (entry.expiresAt < firstExpiry) {
          first = key;
          firstExpiry = entry.expiresAt;
        }
      }
      if (first !== undefined) entries.delete(first);
    }
  }

  return {
    // No await between the check and the write: on one event loop this is atomic.
    async setIfAbsent(key, value, ttl) {
      if (live(key) !== undefined) return false;
      put(key, value, ttl);
      return true;
    },
    async set(key, value, ttl) {
      put(key, value, ttl);
    },
    async get(key) {
      return live(key)?.value;
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
