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
type Loads = Map<string, { epoch: number; promise: Promise<unknown> }>;
type State = { epoch: number; entries: Entries; loads?: Loads };
const shared = globalThis as unknown as { dramatisReadCache?: State };
const state: State = (shared.dramatisReadCache ??= { epoch: 0, entries: new Map() });
const entries = state.entries;
const loads = (state.loads ??= new Map());

export function invalidateReadCache(): void {
  state.epoch++;
  entries.clear();
}

export async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.epoch === state.epoch && hit.expires > now) return hit.value as T;
  // Misses of one key while it loads share that load: when an entry expires under 50
  // concurrent requests, one query goes to the database instead of 50 (on PostgreSQL, 50
  // queued round trips through a pool of 10 took render-by-label from thousands of req/s to
  // under a hundred). A load begun before a write is not shared after it.
  const loading = loads.get(key);
  if (loading && loading.epoch === state.epoch) return loading.promise as Promise<T>;
  const loadedAt = state.epoch;
  const promise = load();
  loads.set(key, { epoch: loadedAt, promise });
  try {
    const value = await promise;
    // A write that landed while loading makes this value stale: do not keep it.
    if (loadedAt === state.epoch) {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, epoch: loadedAt, expires: now + TTL_MS });
    }
    return value;
  } finally {
    if (loads.get(key)?.promise === promise) loads.delete(key);
  }
}
