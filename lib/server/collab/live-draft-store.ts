import type { DraftBase } from "@/lib/core/collab/draft-doc";
import { getDb, type Db } from "../db/client";

/** Where a document's shared draft (a Yjs state) is kept between sessions and restarts. */
export interface LiveDraftStore {
  /** The stored draft, if any, and the newest version (null for a document without one). */
  load(documentId: string): Promise<{ state: Uint8Array | null; head: DraftBase | null }>;
  save(documentId: string, state: Uint8Array, byName: string): Promise<void>;
}

export function databaseDraftStore(db: Db = getDb()): LiveDraftStore {
  return {
    async load(documentId) {
      const [draft, head] = await Promise.all([
        db.liveDraft.findUnique({ where: { documentId }, select: { state: true } }),
        db.version.findFirst({ where: { documentId }, orderBy: { number: "desc" }, select: { number: true, content: true } }),
      ]);
      return { state: draft ? new Uint8Array(draft.state) : null, head };
    },
    async save(documentId, state, byName) {
      const bytes = Buffer.from(state);
      await db.liveDraft.upsert({
        where: { documentId },
        create: { documentId, state: bytes, updatedByName: byName },
        update: { state: bytes, updatedByName: byName },
      });
    },
  };
}
