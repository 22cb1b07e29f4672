import type * as Y from "yjs";
import { SERVER_ORIGIN, type CollabRoom, type Peer } from "./collab-room";

const EDITORS = "editors";

/**
 * The draft's editors become a version's co-authors, so the list must be true: a participant
 * may add only their own name (as the session says it), never someone else's. Names another
 * participant tries to add are removed again at once, for everyone. Returns the unsubscribe.
 */
export function guardDraftEditors(room: CollabRoom): () => void {
  const editors = room.doc.getMap<number>(EDITORS);
  const check = (event: Y.YMapEvent<number>, transaction: Y.Transaction) => {
    const peer = asPeer(transaction.origin);
    if (!peer) return; // the server's own changes, or a browser's through the server's doc API
    const forged = [...event.keysChanged].filter((name) => name !== peer.name && editors.has(name) && event.changes.keys.get(name)?.action !== "delete");
    if (forged.length === 0) return;
    room.doc.transact(() => {
      for (const name of forged) editors.delete(name);
    }, SERVER_ORIGIN);
  };
  editors.observe(check);
  return () => editors.unobserve(check);
}

function asPeer(origin: unknown): Peer | null {
  const peer = origin as Partial<Peer> | null;
  return typeof peer === "object" && peer !== null && typeof peer.name === "string" && typeof peer.send === "function" ? (peer as Peer) : null;
}
