import { processEventBus, type EventBus } from "../events/domain-events";
import { processReadCache, type ReadCache } from "./read-cache";

/**
 * Empties the read cache on every domain event: each is a committed write (here, or on another
 * instance when the bus is relayed), and the cache is too small to be worth invalidating by key.
 * `server.ts` subscribes once; tests pass their own bus and cache.
 */
export function subscribeReadCache({ bus = processEventBus(), cache = processReadCache() }: { bus?: EventBus; cache?: ReadCache } = {}): () => void {
  return bus.subscribeAll(() => cache.invalidate());
}
