import type { StateCommand, StateReply } from "./state-object.js";
import type { Store } from "./store.js";

/** The parts of a `DurableObjectNamespace` binding the store uses. */
export interface StateNamespace {
  idFromName(name: string): unknown;
  get(id: never): { fetch(input: string, init?: RequestInit): Promise<Response> };
}

/** True when `binding` looks like a Durable Object namespace (what Workers pass in `env`). */
export function isStateNamespace(binding: unknown): binding is StateNamespace {
  return (
    typeof binding === "object" &&
    binding !== null &&
    typeof (binding as Partial<StateNamespace>).idFromName === "function" &&
    typeof (binding as Partial<StateNamespace>).get === "function"
  );
}

/**
 * The store shared by every Workers isolate: each key lives in its own `GuestopsState` Durable
 * Object (named by the key), which answers one request at a time, so set-if-absent is atomic
 * across isolates and locations. A failed or refused call throws, and the app answers 503
 * (fail closed), as it does when Redis is down.
 */
export function createDurableObjectStore(namespace: StateNamespace): Store {
  const call = async (key: string, command: StateCommand): Promise<StateReply> => {
    const stub = namespace.get(namespace.idFromName(key) as never);
    // The host is never resolved: a stub's fetch goes to the object, whatever the URL says.
    const response = await stub.fetch("https://guestops-state/", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(command),
    });
    if (!response.ok) throw new Error(`state object answered ${response.status}`);
    return (await response.json()) as StateReply;
  };
  return {
    async setIfAbsent(key, value, ttl) {
      return (await call(key, { op: "setIfAbsent", value, ttl })).set === true;
    },
    async set(key, value, ttl) {
      await call(key, { op: "set", value, ttl });
    },
    async get(key) {
      return (await call(key, { op: "get" })).value;
    },
    async delete(key) {
      await call(key, { op: "delete" });
    },
  };
}
