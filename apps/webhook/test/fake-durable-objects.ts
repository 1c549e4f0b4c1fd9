import type { StateNamespace } from "../src/durable-object-store.js";
import { GuestopsState, type StateStorage } from "../src/state-object.js";

/** In-memory Durable Object storage: what `GuestopsState` sees, plus what a test inspects. */
export class FakeStorage implements StateStorage {
  readonly data = new Map<string, unknown>();
  alarmAt: number | undefined;
  /** Every `put` batch's size: Durable Object storage refuses more than 128 keys at once. */
  readonly putSizes: number[] = [];

  get<T>(key: string): Promise<T | undefined>;
  get<T>(keys: string[]): Promise<Map<string, T>>;
  async get<T>(key: string | string[]): Promise<T | undefined | Map<string, T>> {
    if (typeof key === "string") return structuredClone(this.data.get(key)) as T | undefined;
    const found = new Map<string, T>();
    for (const k of key) if (this.data.has(k)) found.set(k, structuredClone(this.data.get(k)) as T);
    return found;
  }
  async put<T>(entries: Record<string, T>): Promise<void> {
    this.putSizes.push(Object.keys(entries).length);
    for (const [k, v] of Object.entries(entries)) this.data.set(k, structuredClone(v));
  }
  async delete(keys: string[]): Promise<number> {
    let count = 0;
    for (const k of keys) if (this.data.delete(k)) count++;
    return count;
  }
  // As workerd at the deployment's compatibility date (2025-09-01): the alarm survives deleteAll.
  async deleteAll(): Promise<void> {
    this.data.clear();
  }
  async deleteAlarm(): Promise<void> {
    this.alarmAt = undefined;
  }
  async setAlarm(scheduledTime: number): Promise<void> {
    this.alarmAt = scheduledTime;
  }
}

/**
 * A namespace of `GuestopsState` objects, one per name, as Workers run them: each object takes
 * one request at a time (here a queue per object stands in for the input gate of workerd, which
 * the miniflare test exercises for real).
 */
export function createFakeNamespace(now: () => number): StateNamespace & {
  storage(name: string): FakeStorage | undefined;
} {
  const objects = new Map<
    string,
    { state: GuestopsState; storage: FakeStorage; queue: Promise<unknown> }
  >();
  const object = (name: string) => {
    let entry = objects.get(name);
    if (entry === undefined) {
      const storage = new FakeStorage();
      entry = { state: new GuestopsState({ storage }, {}, now), storage, queue: Promise.resolve() };
      objects.set(name, entry);
    }
    return entry;
  };
  return {
    idFromName: (name) => name,
    get: (id) => ({
      fetch: (input, init) => {
        const entry = object(id as string);
        const answer = entry.queue.then(() => entry.state.fetch(new Request(input, init)));
        entry.queue = answer.catch(() => {});
        return answer;
      },
    }),
    storage: (name) => objects.get(name)?.storage,
  };
}
