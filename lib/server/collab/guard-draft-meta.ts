import type * as Y from "yjs";
import { SERVER_ORIGIN, type CollabRoom } from "./collab-room";
import { asPeer } from "./peer-origin";

const META = "meta";

/**
 * The draft's metadata (base and newest version, who saved, the restore notice) is written by
 * the server alone: a browser has no reason to touch it, and one that does could show everyone
 * a false notice or a false base. A participant's change to it is undone at once, for everyone.
 * Returns the unsubscribe.
 */
export function guardDraftMeta(room: CollabRoom): () => void {
  const meta = room.doc.getMap<unknown>(META);
  const check = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
    if (!asPeer(transaction.origin)) return; // the server's own changes
    room.doc.transact(() => {
      for (const [key, change] of event.changes.keys) {
        if (change.action === "add") meta.delete(key);
        else meta.set(key, change.oldValue);
      }
    }, SERVER_ORIGIN);
  };
  meta.observe(check);
  return () => meta.unobserve(check);
}
