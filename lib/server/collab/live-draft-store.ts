import * as Y from "yjs";
import type { DraftBase } from "@/lib/core/collab/draft-doc";
import { getDb, type Db } from "../db/client";
import { parseVariableSchema } from "../documents/variable-schema-column";

/**
 * Where a document's shared draft (Yjs) is kept between sessions and restarts: a stored state
 * plus the changes appended since. Appending keeps each write as small as the typing it
 * records; `compact` folds the changes into the state now and then.
 */
export interface LiveDraftStore {
  /** The draft (state and changes merged; null if none) and the newest version (null if none). */
  load(documentId: string): Promise<{ state: Uint8Array | null; appended: number; head: DraftBase | null }>;
  append(documentId: string, update: Uint8Array): Promise<void>;
  /** Replaces the state and the changes it includes with `state`. */
  compact(documentId: string, state: Uint8Array, byName: string): Promise<void>;
}

export function databaseDraftStore(db: Db = getDb()): LiveDraftStore {
  return {
    async load(documentId) {
      const [draft, updates, head] = await Promise.all([
        db.liveDraft.findUnique({ where: { documentId }, select: { state: true } }),
        db.liveDraftUpdate.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { update: true } }),
        db.version.findFirst({ where: { documentId }, orderBy: { number: "desc" }, select: { number: true, content: true, variables: true } }),
      ]);
      const parts = [...(draft ? [draft.state] : []), ...updates.map((row) => row.update)].map((bytes) => new Uint8Array(bytes));
      const state = parts.length === 0 ? null : parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
      return { state, appended: updates.length, head: head && { number: head.number, content: head.content, variables: parseVariableSchema(head.variables) } };
    },
    async append(documentId, update) {
      await db.liveDraftUpdate.create({ data: { documentId, update: Buffer.from(update) } });
    },
    async compact(documentId, state, byName) {
      const bytes = Buffer.from(state);
      await db.$transaction(async (tx) => {
        // Only the changes that exist now are in `state`; later appends stay.
        const last = await tx.liveDraftUpdate.findFirst({ where: { documentId }, orderBy: { id: "desc" }, select: { id: true } });
        await tx.liveDraft.upsert({
          where: { documentId },
          create: { documentId, state: bytes, editorName: byName },
          update: { state: bytes, editorName: byName },
        });
        if (last) await tx.liveDraftUpdate.deleteMany({ where: { documentId, id: { lte: last.id } } });
      });
    },
  };
}
