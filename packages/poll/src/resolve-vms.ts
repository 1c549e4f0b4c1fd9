// VM names and ids to VM entries, in batches: one or two listVms calls per batch instead of one
// resolveVm per VM, pulled lazily so that only one batch is ever held in memory.
import { failureKind, type VmEntry, VmLookupError } from "@guestops/client";
import type { PollClient } from "./run-types.js";
import { callVcenter } from "./vcenter-call.js";

// vCenter's own ids look like vm-42; anything else is a name (the client's resolveVm rule).
const VM_ID = /^vm-\d+$/;

/** One input of runMany, resolved or not. */
export type ResolvedVm =
  | { readonly input: string; readonly entry: VmEntry; readonly error?: undefined }
  | { readonly input: string; readonly entry?: undefined; readonly error: unknown };

/**
 * Throws a TypeError unless `vms` is an iterable or async iterable that is not a string: a string
 * is an Iterable<string> to TypeScript, but its items are characters, not VMs.
 */
export function checkVmInputs(where: string, vms: unknown): void {
  if (typeof vms === "string") {
    throw new TypeError(
      `${where}: vms must be an iterable of VM names or ids, not a string (wrap one VM in an array)`,
    );
  }
  const iterable =
    typeof vms === "object" &&
    vms !== null &&
    (Symbol.iterator in vms || Symbol.asyncIterator in vms);
  if (!iterable) {
    const got = vms === null ? "null" : typeof vms;
    throw new TypeError(`${where}: vms must be an iterable of VM names or ids (got ${got})`);
  }
}

/**
 * A source of resolved VMs that several workers may pull from at once: each `next()` gets the
 * next input, resolved with its batch.
 */
export function createVmSource(
  client: Pick<PollClient, "listVms">,
  vms: Iterable<string> | AsyncIterable<string>,
  batchSize: number,
  signal: AbortSignal,
): { next(): Promise<ResolvedVm | undefined> } {
  const inputs: AsyncIterator<string> | Iterator<string> =
    Symbol.asyncIterator in vms
      ? (vms as AsyncIterable<string>)[Symbol.asyncIterator]()
      : (vms as Iterable<string>)[Symbol.iterator]();
  let exhausted = false;
  let ready: ResolvedVm[] = [];
  let loading: Promise<void> | undefined;

  const load = async () => {
    const batch: string[] = [];
    while (batch.length < batchSize && !exhausted) {
      const next = await inputs.next();
      if (next.done) exhausted = true;
      else batch.push(String(next.value));
    }
    if (batch.length > 0) ready = ready.concat(await resolveBatch(client, batch, signal));
  };

  return {
    async next() {
      for (;;) {
        const item = ready.shift();
        if (item !== undefined) {
          // Start on the next batch while this one is being worked through.
          if (ready.length < batchSize / 2 && !exhausted && loading === undefined) {
            loading = load().finally(() => {
              loading = undefined;
            });
            loading.catch(() => {});
          }
          return item;
        }
        if (loading !== undefined) {
          await loading;
          continue;
        }
        if (exhausted) return undefined;
        loading = load().finally(() => {
          loading = undefined;
        });
        await loading;
      }
    },
  };
}

/** Resolves a batch: ids with one listVms, names (and ids that matched no id) with another. */
export async function resolveBatch(
  client: Pick<PollClient, "listVms">,
  batch: readonly string[],
  signal: AbortSignal,
): Promise<ResolvedVm[]> {
  const queries = batch.map((input) => input.trim());
  const list = (filter: { vms?: string[]; names?: string[] }) =>
    callVcenter("listVms", (s) => client.listVms(filter, { signal: s }), { signal });
  const ids = [...new Set(queries.filter((q) => VM_ID.test(q)))];
  const byId = new Map<string, VmEntry>();
  try {
    if (ids.length > 0) for (const entry of await list({ vms: ids })) byId.set(entry.vm, entry);
    // A VM may be named like an id: such inputs are looked up by name too.
    const names = [...new Set(queries.filter((q) => !byId.has(q)))];
    const byName = new Map<string, VmEntry[]>();
    if (names.length > 0) {
      for (const entry of await list({ names })) {
        byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
      }
    }
    // Ids are vm-<digits> on vCenter, not on every server that speaks its API (simulators,
    // mocks): what matched no name is looked up by id last, as the client's resolveVm does. A
    // server that refuses such ids leaves them unmatched.
    const unmatched = names.filter((q) => !VM_ID.test(q) && !byName.has(q));
    if (unmatched.length > 0) {
      const found = await list({ vms: unmatched }).catch((error: unknown) => {
        if (signal.aborted || !isRefusal(error)) throw error;
        return [];
      });
      for (const entry of found) byId.set(entry.vm, entry);
    }
    return batch.map((input, index): ResolvedVm => {
      const query = queries[index] as string;
      const entry = byId.get(query);
      if (entry !== undefined) return { input, entry };
      const matches = byName.get(query) ?? [];
      if (matches.length === 1) return { input, entry: matches[0] as VmEntry };
      return { input, error: new VmLookupError({ query, matches }) };
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    // The whole batch could not be resolved: each of its VMs reports why.
    return batch.map((input) => ({ input, error }));
  }
}

/** The server refused the request itself (not the session, not the transport). */
function isRefusal(error: unknown): boolean {
  const kind = failureKind(error);
  return kind === "notFound" || kind === "rejected";
}
