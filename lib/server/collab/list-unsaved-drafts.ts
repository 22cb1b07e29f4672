import { getDb, type Db } from "../db/client";
import { collabRooms } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";
import { readLiveDraft } from "./read-live-draft";

/**
 * For the library: which documents of a workspace have a live draft that differs from the
 * version it is based on, and who changed it (slug → names). Only drafts changed after their
 * document's newest version are read (the timestamps say which); the others cannot differ.
 */
export async function listUnsavedDrafts({ db = getDb(), rooms = collabRooms(), workspaceId }: { db?: Db; rooms?: CollabRooms; workspaceId: string }): Promise<Map<string, string[]>> {
  const docs = await db.document.findMany({
    where: { workspaceId, archivedAt: null, OR: [{ liveDraft: { isNot: null } }, { liveDraftUpdates: { some: {} } }] },
    select: { id: true, slug: true, liveDraft: { select: { updatedAt: true } } },
  });
  if (docs.length === 0) return new Map();
  const ids = docs.map((doc) => doc.id);
  const [appended, heads] = await Promise.all([
    db.liveDraftUpdate.groupBy({ by: ["documentId"], where: { documentId: { in: ids } }, _max: { createdAt: true } }),
    db.version.groupBy({ by: ["documentId"], where: { documentId: { in: ids } }, _max: { createdAt: true } }),
  ]);
  const lastAppend = new Map(appended.map((row) => [row.documentId, row._max.createdAt?.getTime() ?? 0]));
  const headTime = new Map(heads.map((row) => [row.documentId, row._max.createdAt?.getTime() ?? 0]));
  const unsaved = new Map<string, string[]>();
  for (const doc of docs) {
    const changed = Math.max(doc.liveDraft?.updatedAt.getTime() ?? 0, lastAppend.get(doc.id) ?? 0);
    if (changed < (headTime.get(doc.id) ?? 0)) continue;
    const draft = await readLiveDraft({ db, rooms, documentId: doc.id });
    if (draft?.differs) unsaved.set(doc.slug, draft.meta.editors);
  }
  return unsaved;
}
