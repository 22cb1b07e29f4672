/**
 * A small in-process cache for hot reads (API key checks, label resolution, parsed versions).
 * Every domain event (a write committed here, or on another instance through the relay) empties
 * it at once (subscribe-read-cache.ts); the TTL bounds how long a write made by a process that
 * publishes nowhere (the import CLI on SQLite) can go unseen.
 */
const TTL_MS = 1000;
const MAX_ENTRIES = 5000;

export interface ReadCache {
  cached<T>(key: string, load: () => Promise<T>): Promise<T>;
  invalidate(): void;
  /** Moves with every invalidation: caches of their own start over when it does. */
  epoch(): number;
}

export function createReadCache(): ReadCache {
  let epoch = 0;
  const entries = new Map<string, { value: unknown; epoch: number; expires: number }>();
  const loads = new Map<string, { epoch: number; promise: Promise<unknown> }>();
  return {
    epoch: () => epoch,
    invalidate() {
      epoch++;
      entries.clear();
    },
    async cached<T>(key: string, load: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.epoch === epoch && hit.expires > now) return hit.value as T;
      // Misses of one key while it loads share that load: when an entry expires under 50
      // concurrent requests, one query goes to the database instead of 50 (on PostgreSQL, 50
      // queued round trips through a pool of 10 took render-by-label from thousands of req/s to
      // under a hundred). A load begun before a write is not shared after it.
      const loading = loads.get(key);
      if (loading && loading.epoch === epoch) return loading.promise as Promise<T>;
      const loadedAt = epoch;
      const promise = load();
      loads.set(key, { epoch: loadedAt, promise });
      try {
        const value = await promise;
        // A write that landed while loading makes this value stale: do not keep it.
        if (loadedAt === epoch) {
          if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
          entries.set(key, { value, epoch: loadedAt, expires: now + TTL_MS });
        }
        return value;
      } finally {
        if (loads.get(key)?.promise === promise) loads.delete(key);
      }
    },
  };
}

// Kept on globalThis: the custom server's bundle (the API) and Next's bundle (pages, actions)
// each load this module, and a write in either must empty the cache both read from.
const shared = globalThis as unknown as { dramatisReadCache?: ReadCache };

/** This process's read cache. */
export function processReadCache(): ReadCache {
  return (shared.dramatisReadCache ??= createReadCache());
}

/** Changes with every invalidation (any write, on any instance): see immutable-versions.ts. */
export function readCacheEpoch(): number {
  return processReadCache().epoch();
}

export function invalidateReadCache(): void {
  processReadCache().invalidate();
}

export function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  return processReadCache().cached(key, load);
}
