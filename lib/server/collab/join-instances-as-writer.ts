import type { Db } from "../db/client";
import { connectInstances } from "../instances/process-relay";
import { CollabRooms } from "./collab-rooms";
import { databaseDraftStore } from "./live-draft-store";
import { subscribeLiveDrafts } from "./subscribe-live-drafts";

/**
 * For command-line writers (`npm run import`) on PostgreSQL: what they publish reaches the
 * running instances (read caches, open pages), and the versions they save are applied to the
 * stored drafts here and relayed to the rooms those instances have open, as a save in an
 * instance would be. On SQLite there are no other instances to tell. Returns the stop.
 */
export async function joinInstancesAsWriter(db: Db, databaseUrl = process.env.DATABASE_URL): Promise<() => Promise<void>> {
  const relay = await connectInstances(databaseUrl);
  if (!relay) return async () => undefined;
  const rooms = new CollabRooms(databaseDraftStore(db), undefined, relay);
  const stop = subscribeLiveDrafts({ db, rooms });
  return async () => {
    stop();
    await rooms.flushAll();
    await relay.close();
  };
}
