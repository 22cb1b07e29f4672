import { getDb, type Db } from "../db/client";
import { collabRooms } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";
import { readLiveDraft } from "./read-live-draft";

/**
 * What the library last found for a draft, by everything that changes when the draft or its
 * document's newest version does (the draft's stored state, the time and number of updates
 * appended since, the newest version's time). Reading a draft means decoding it (17–62 ms for a
 * corpus document) or comparing its whole text with the version's; without this, every view of
 * the library paid that again for each document someone left with unsaved changes.
 */
const found = new Map<string, string[] | null>();
const MAX_FOUND = 5000;

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
    db.liveDraftUpdate.groupBy({ by: ["documentId"], where: { documentId: { in: ids } }, _max: { createdAt: true }, _count: { _all: true } }),
    db.version.groupBy({ by: ["documentId"], where: { documentId: { in: ids } }, _max: { createdAt: true } }),
  ]);
  const lastAppend = new Map(appended.map((row) => [row.documentId, row._max.createdAt?.getTime() ?? 0]));
  const appendCount = new Map(appended.map((row) => [row.documentId, row._count._all]));
  const headTime = new Map(heads.map((row) => [row.documentId, row._max.createdAt?.getTime() ?? 0]));
  const unsaved = new Map<string, string[]>();
  for (const doc of docs) {
    const changed = Math.max(doc.liveDraft?.updatedAt.getTime() ?? 0, lastAppend.get(doc.id) ?? 0);
    if (changed < (headTime.get(doc.id) ?? 0)) continue;
    const key = [doc.id, doc.liveDraft?.updatedAt.getTime() ?? 0, lastAppend.get(doc.id) ?? 0, appendCount.get(doc.id) ?? 0, headTime.get(doc.id) ?? 0].join("|");
    let editors = found.get(key);
    if (editors === undefined) {
      const draft = await readLiveDraft({ db, rooms, documentId: doc.id });
      editors = draft?.differs ? draft.meta.editors : null;
      found.set(key, editors);
      if (found.size > MAX_FOUND) found.delete(found.keys().next().value!);
    }
    if (editors) unsaved.set(doc.slug, editors);
  }
  return unsaved;
}
