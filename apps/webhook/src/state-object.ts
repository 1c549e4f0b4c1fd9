// The Durable Object behind the Workers store (see durable-object-store.ts). One object holds one
// key of the store, so every set-if-absent on a key is decided by a single object, one request at
// a time, wherever in the world the Worker isolates that ask are running.
//
// Written against the classic Durable Object interface (a class with `fetch` and `alarm`), which
// needs no `cloudflare:workers` import: the Workers bundle stays one module that imports nothing.

/** The parts of `DurableObjectStorage` this object uses. */
export interface StateStorage {
  get<T>(key: string): Promise<T | undefined>;
  get<T>(keys: string[]): Promise<Map<string, T>>;
  put<T>(entries: Record<string, T>): Promise<void>;
  delete(keys: string[]): Promise<number>;
  deleteAll(): Promise<void>;
  setAlarm(scheduledTime: number): Promise<void>;
  deleteAlarm(): Promise<void>;
}

/** The parts of `DurableObjectState` this object uses. */
export interface StateObjectState {
  readonly storage: StateStorage;
}

/** What the store asks of the object, as the JSON body of a POST. */
export type StateCommand =
  | { op: "get" }
  | { op: "delete" }
  | { op: "set" | "setIfAbsent"; value: string; ttl: number };

/** The object's answer: `set` for setIfAbsent, `value` for get. */
export interface StateReply {
  set?: boolean;
  value?: string;
}

interface Meta {
  expiresAt: number;
  chunks: number;
}

/**
 * A value is kept in chunks: Durable Object storage takes at most 128 KiB per value on the KV
 * backend (2 MB per key and value on SQLite), and a finished run's result (its captured output)
 * can be several MiB. 32 Ki UTF-16 units serialise to at most 64 KiB, within both.
 */
const CHUNK = 32_768;
/** `put` takes at most 128 keys at once. */
const PUT_BATCH = 128;

/**
 * The Durable Object class to bind as `GUESTOPS_STATE` (wrangler.toml does). Expired values are
 * never answered, and an alarm at the expiry time deletes them, so storage does not grow.
 */
export class GuestopsState {
  readonly #storage: StateStorage;
  readonly #now: () => number;

  constructor(state: StateObjectState, _env?: unknown, now: () => number = Date.now) {
    this.#storage = state.storage;
    this.#now = now;
  }

  async fetch(request: Request): Promise<Response> {
    const command = parseCommand(await request.json().catch(() => undefined));
    if (command === undefined) return Response.json({ error: "bad command" }, { status: 400 });
    return Response.json(await this.apply(command));
  }

  /**
   * Runs one command. Only storage is awaited in here, and a Durable Object's input gate holds
   * other requests back while storage is read, so the check and the write of setIfAbsent cannot
   * interleave with another request's.
   */
  async apply(command: StateCommand): Promise<StateReply> {
    const stored = await this.#storage.get<Meta>("meta");
    const meta = stored !== undefined && stored.expiresAt > this.#now() ? stored : undefined;
    switch (command.op) {
      case "get":
        return meta === undefined ? {} : { value: await this.#read(meta) };
      case "delete":
        // deleteAll keeps the alarm (before compatibility date 2026-02-24): drop it too, or the
        // object would wake up later for a key that is already gone.
        await Promise.all([this.#storage.deleteAll(), this.#storage.deleteAlarm()]);
        return {};
      case "setIfAbsent":
        if (meta !== undefined) return { set: false };
        await this.#write(command.value, command.ttl, stored);
        return { set: true };
      case "set":
        await this.#write(command.value, command.ttl, stored);
        return {};
    }
  }

  /** The alarm set at the expiry time: deletes the value unless a later write extended it. */
  async alarm(): Promise<void> {
    const meta = await this.#storage.get<Meta>("meta");
    if (meta === undefined || meta.expiresAt <= this.#now()) await this.#storage.deleteAll();
    else await this.#storage.setAlarm(meta.expiresAt);
  }

  async #read(meta: Meta): Promise<string> {
    const keys = Array.from({ length: meta.chunks }, (_, i) => `chunk:${i}`);
    const parts: string[] = [];
    for (let at = 0; at < keys.length; at += PUT_BATCH) {
      const batch = keys.slice(at, at + PUT_BATCH);
      const found = await this.#storage.get<string>(batch);
      for (const key of batch) parts.push(found.get(key) ?? "");
    }
    return parts.join("");
  }

  async #write(value: string, ttl: number, previous: Meta | undefined): Promise<void> {
    const expiresAt = this.#now() + ttl;
    const entries: Record<string, unknown> = {};
    let chunks = 0;
    for (let at = 0; at < value.length || chunks === 0; at += CHUNK) {
      entries[`chunk:${chunks++}`] = value.slice(at, at + CHUNK);
    }
    entries.meta = { expiresAt, chunks } satisfies Meta;
    const names = Object.keys(entries);
    const stale = Array.from(
      { length: Math.max(0, (previous?.chunks ?? 0) - chunks) },
      (_, i) => `chunk:${chunks + i}`,
    );
    // Every write is issued before any is awaited: Durable Object storage commits writes with no
    // await between them as one atomic batch, so a reader (or a crash) never sees the new meta
    // with the old chunks.
    const writes: Promise<unknown>[] = [];
    for (let at = 0; at < names.length; at += PUT_BATCH) {
      const batch = names.slice(at, at + PUT_BATCH);
      writes.push(this.#storage.put(Object.fromEntries(batch.map((n) => [n, entries[n]]))));
    }
    for (let at = 0; at < stale.length; at += PUT_BATCH) {
      writes.push(this.#storage.delete(stale.slice(at, at + PUT_BATCH)));
    }
    writes.push(this.#storage.setAlarm(expiresAt));
    await Promise.all(writes);
  }
}

function parseCommand(body: unknown): StateCommand | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { op, value, ttl } = body as Record<string, unknown>;
  if (op === "get" || op === "delete") return { op };
  if (
    (op === "set" || op === "setIfAbsent") &&
    typeof value === "string" &&
    typeof ttl === "number" &&
    Number.isFinite(ttl) &&
    ttl > 0
  ) {
    return { op, value, ttl };
  }
  return undefined;
}
