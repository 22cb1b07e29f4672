import { getDb } from "../db/client";
import type { CollabRoom } from "./collab-room";
import { CollabRooms } from "./collab-rooms";
import { watchDraftForSnapshots } from "./draft-snapshotter";
import { guardDraftEditors } from "./guard-draft-editors";
import { guardDraftMeta } from "./guard-draft-meta";
import { LiveConnections } from "./live-connections";
import { databaseDraftStore } from "./live-draft-store";
import { processRelay } from "../instances/process-relay";

// On globalThis: the custom server and Next's compiled server code load this module separately
// but must share one set of rooms (a save in a server action reaches the sockets' room).
const holder = globalThis as unknown as { dramatisCollabRooms?: CollabRooms; dramatisLiveConnections?: LiveConnections };

/** This process's open live-draft rooms (linked to other instances' when there is a relay). */
export function collabRooms(): CollabRooms {
  holder.dramatisCollabRooms ??= new CollabRooms(databaseDraftStore(), watchRoom(), processRelay());
  return holder.dramatisCollabRooms;
}

function watchRoom() {
  return (room: CollabRoom) => {
    const stopGuard = guardDraftEditors(room);
    const stopMetaGuard = guardDraftMeta(room);
    const stopSnapshots = watchDraftForSnapshots(room, { db: getDb() });
    return () => {
      stopGuard();
      stopMetaGuard();
      return stopSnapshots();
    };
  };
}

/** This process's open live-draft sockets, with the rights each was opened with. */
export function liveConnections(): LiveConnections {
  holder.dramatisLiveConnections ??= new LiveConnections();
  return holder.dramatisLiveConnections;
}
