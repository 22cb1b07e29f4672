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
  /**
   * Stores a new draft unless one exists; returns the stored state either way. Two instances
   * opening a document at once must start from one draft, or its text would be there twice.
   */
  createIfAbsent(documentId: string, state: Uint8Array): Promise<Uint8Array>;
  /**
   * Folds the appended changes (and `state`, what the caller holds, all of it stored already)
   * into the stored state. Changes another instance appends meanwhile are never dropped.
   */
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
    async createIfAbsent(documentId, state) {
      try {
        await db.liveDraft.create({ data: { documentId, state: Buffer.from(state) } });
        return state;
      } catch (error) {
        const existing = await db.liveDraft.findUnique({ where: { documentId }, select: { state: true } });
        if (!existing) throw error;
        return new Uint8Array(existing.state);
      }
    },
    async compact(documentId, state, byName) {
      await db.$transaction(async (tx) => {
        // Writing the draft's row first takes its lock (PostgreSQL holds it to the commit;
        // SQLite has one writer): a second compaction waits, then reads what this one left.
        await tx.liveDraft.upsert({
          where: { documentId },
          create: { documentId, state: Buffer.from(state), editorName: byName },
          update: { editorName: byName },
        });
        const draft = await tx.liveDraft.findUniqueOrThrow({ where: { documentId }, select: { state: true } });
        const rows = await tx.liveDraftUpdate.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { id: true, update: true } });
        // Every row read is in the merged state; only those rows go. Another instance's append
        // that commits meanwhile (with a lower id, even) is not among them and stays.
        const merged = Y.mergeUpdates([draft.state, ...rows.map((row) => row.update), state].map((bytes) => new Uint8Array(bytes)));
        await tx.liveDraft.update({ where: { documentId }, data: { state: Buffer.from(merged) } });
        if (rows.length > 0) await tx.liveDraftUpdate.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
      });
    },
  };
}
