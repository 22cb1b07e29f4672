/**
 * A small in-process cache for hot reads (API key checks, label resolution, parsed versions).
 * Every write in this process bumps the epoch, which empties it at once; the TTL bounds how
 * long a write made by another process (the import CLI) can go unseen.
 */
const TTL_MS = 1000;
const MAX_ENTRIES = 5000;

// Kept on globalThis: the custom server's bundle (the API) and Next's bundle (pages, actions)
// each load this module, and a write in either must empty the cache both read from.
type Entries = Map<string, { value: unknown; epoch: number; expires: number }>;
const shared = globalThis as unknown as { dramatisReadCache?: { epoch: number; entries: Entries } };
const state = (shared.dramatisReadCache ??= { epoch: 0, entries: new Map() });
const entries = state.entries;

export function invalidateReadCache(): void {
  state.epoch++;
  entries.clear();
}

/** Changes with every write in this process: caches of their own can start over when it does. */
export function readCacheEpoch(): number {
  return state.epoch;
}

export async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.epoch === state.epoch && hit.expires > now) return hit.value as T;
  const loadedAt = state.epoch;
  const value = await load();
  // A write that landed while loading makes this value stale: do not keep it.
  if (loadedAt === state.epoch) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, { value, epoch: loadedAt, expires: now + TTL_MS });
  }
  return value;
}
