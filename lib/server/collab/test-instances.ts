import { createReadCache, type ReadCache } from "../cache/read-cache";
import { subscribeReadCache } from "../cache/subscribe-read-cache";
import { CollabRooms } from "./collab-rooms";
import { LiveConnections } from "./live-connections";
import { databaseDraftStore, type LiveDraftStore } from "./live-draft-store";
import { subscribeLiveDrafts } from "./subscribe-live-drafts";
import type { Db } from "../db/client";
import { createEventBus, type EventBus } from "../events/domain-events";
import { createPostgresRelay } from "../instances/postgres-relay";
import type { Relay } from "../instances/relay";
import { relayDomainEvents } from "../instances/relay-domain-events";

export interface TestInstance {
  bus: EventBus;
  relay: Relay;
  rooms: CollabRooms;
  cache: ReadCache;
  stop: () => Promise<void>;
}

/**
 * One app instance as the server wires it (bus, relay, rooms, read cache, live-draft
 * subscribers), in this process, for tests of several instances: each gets its own, all on one
 * database and one PostgreSQL relay. `bus` defaults to a new one; pass the process's to have
 * use cases publish on this instance.
 */
export async function startTestInstance({ db, pgUrl, bus = createEventBus(), store = databaseDraftStore(db) }: { db: Db; pgUrl: string; bus?: EventBus; store?: LiveDraftStore }): Promise<TestInstance> {
  const relay = createPostgresRelay(pgUrl);
  const rooms = new CollabRooms(store, undefined, relay);
  const cache = createReadCache();
  const stopEvents = await relayDomainEvents({ bus, relay, onMissed: () => cache.invalidate() });
  const stopCache = subscribeReadCache({ bus, cache });
  const stopDrafts = subscribeLiveDrafts({ bus, db, rooms, connections: new LiveConnections() });
  return {
    bus,
    relay,
    rooms,
    cache,
    stop: async () => {
      stopDrafts();
      stopCache();
      await stopEvents();
      await rooms.flushAll();
      await relay.close();
    },
  };
}
