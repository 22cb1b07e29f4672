import { SNAPSHOT_INTERVAL_MS } from "@/lib/core/collab/draft-history";
import type { Db } from "../db/client";
import { SERVER_ORIGIN, type CollabRoom } from "./collab-room";
import { RELAYED_ORIGIN } from "./room-link";
import { takeDraftSnapshot } from "./take-draft-snapshot";

/**
 * Keeps a changing draft's history: the first change after a snapshot starts a timer, and when
 * it fires the draft is copied if it holds work found nowhere else. Returns the function to call
 * when the room closes, which takes a pending snapshot at once.
 */
export function watchDraftForSnapshots(room: CollabRoom, { db, intervalMs = SNAPSHOT_INTERVAL_MS }: { db: Db; intervalMs?: number }): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const snapshot = () =>
    takeDraftSnapshot({ db, documentId: room.documentId, doc: room.doc, reason: "periodic" }).then(
      () => undefined,
      (error: unknown) => console.error("Could not keep the draft in its history:", error),
    );
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // The server's own changes (restores, saves) snapshot where they happen; so do changes
    // typed on another instance, whose room keeps their history.
    if (origin === SERVER_ORIGIN || origin === RELAYED_ORIGIN || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void snapshot();
    }, intervalMs);
    timer.unref?.();
  };
  room.doc.on("update", onUpdate);
  return async () => {
    room.doc.off("update", onUpdate);
    if (!timer) return;
    clearTimeout(timer);
    timer = null;
    await snapshot();
  };
}
