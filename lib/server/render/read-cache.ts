/**
 * A small in-process cache for hot reads (API key checks, label resolution, parsed versions).
 * Every write in this process bumps the epoch, which empties it at once; the TTL bounds how
 * long a write made by another process (the import CLI) can go unseen.
 */
const TTL_MS = 1000;
const MAX_ENTRIES = 5000;

let epoch = 0;
const entries = new Map<string, { value: unknown; epoch: number; expires: number }>();

export function invalidateReadCache(): void {
  epoch++;
  entries.clear();
}

export async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.epoch === epoch && hit.expires > now) return hit.value as T;
  const loadedAt = epoch;
  const value = await load();
  // A write that landed while loading makes this value stale: do not keep it.
  if (loadedAt === epoch) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, { value, epoch, expires: now + TTL_MS });
  }
  return value;
}
