/**
 * Where replay and idempotency state lives. Both implementations (in-memory, Redis) honour the
 * same contract; only `setIfAbsent` decides races, so it must be atomic.
 */
export interface Store {
  /** Sets `key` only if it is absent; true when this call set it. `ttl` in ms. */
  setIfAbsent(key: string, value: string, ttl: number): Promise<boolean>;
  /** Sets `key` whether or not it exists; `ttl` in ms. */
  set(key: string, value: string, ttl: number): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
  /** Releases connections; the store is unusable afterwards. */
  close?(): Promise<void>;
}
