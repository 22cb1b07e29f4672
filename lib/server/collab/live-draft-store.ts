import { getDb, type Db } from "../db/client";

/** Where a document's shared draft (a Yjs state) is kept between sessions and restarts. */
export interface LiveDraftStore {
  load(documentId: string): Promise<{ state: Uint8Array | null; headContent: string }>;
  save(documentId: string, state: Uint8Array, byName: string): Promise<void>;
}

export function databaseDraftStore(db: Db = getDb()): LiveDraftStore {
  return {
    async load(documentId) {
      const [draft, head] = await Promise.all([
        db.liveDraft.findUnique({ where: { documentId }, select: { state: true } }),
        db.version.findFirst({ where: { documentId }, orderBy: { number: "desc" }, select: { content: true } }),
      ]);
      return { state: draft ? new Uint8Array(draft.state) : null, headContent: head?.content ?? "" };
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
