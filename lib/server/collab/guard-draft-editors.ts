import type * as Y from "yjs";
import { SERVER_ORIGIN, type CollabRoom } from "./collab-room";
import { asPeer } from "./peer-origin";

const EDITORS = "editors";

/**
 * The draft's editors become a version's co-authors, so the list must be true: a participant
 * may add only their own name (as the session says it), never someone else's, and may not remove
 * another's (which would drop a co-author). Either change is undone at once, for everyone.
 * Returns the unsubscribe.
 */
export function guardDraftEditors(room: CollabRoom): () => void {
  const editors = room.doc.getMap<number>(EDITORS);
  const check = (event: Y.YMapEvent<number>, transaction: Y.Transaction) => {
    const peer = asPeer(transaction.origin);
    if (!peer) return; // the server's own changes, or a browser's through the server's doc API
    const forged = [...event.changes.keys].filter(([name]) => name !== peer.name);
    if (forged.length === 0) return;
    room.doc.transact(() => {
      for (const [name, change] of forged) {
        if (change.action === "add") editors.delete(name);
        else editors.set(name, change.oldValue as number);
      }
    }, SERVER_ORIGIN);
  };
  editors.observe(check);
  return () => editors.unobserve(check);
}
