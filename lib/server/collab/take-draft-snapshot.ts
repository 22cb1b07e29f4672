import type * as Y from "yjs";
import { sameForm } from "@/lib/core/collab/draft-form";
import { draftText, readDraftForm, readDraftMeta, type DraftMeta } from "@/lib/core/collab/draft-doc";
import { needsSnapshot, type DraftCopy, type SnapshotReason } from "@/lib/core/collab/draft-history";
import { parseVariableSchema } from "../documents/variable-schema-column";
import type { Db } from "../db/client";

export interface SnapshotRequest {
  db: Db;
  documentId: string;
  doc: Y.Doc;
  reason: SnapshotReason;
  /** Who caused it (the person restoring); empty for periodic snapshots. */
  byName?: string;
  /** What is about to replace the draft: no snapshot if the draft already is that. */
  incoming?: DraftCopy | null;
}

/**
 * Keeps a copy of the draft in its history if it holds work found nowhere else (not in its
 * base version, not what replaces it; for periodic copies, not the newest snapshot either). Returns the snapshot's id (null
 * when none was needed) and the copy it judged.
 */
export async function takeDraftSnapshot(request: SnapshotRequest): Promise<{ id: string | null; copy: DraftCopy }> {
  const { db, documentId, reason } = request;
  // A copy before a replacement is kept even if a periodic one holds the same text: it says
  // who replaced the draft and why, which is how people find their work again.
  const lastRow = reason !== "periodic" ? null : await db.draftSnapshot.findFirst({
    where: { documentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { content: true, variables: true },
  });
  const last = lastRow ? { content: lastRow.content, variables: parseVariableSchema(lastRow.variables) } : null;
  const copy = copyOf(request.doc);
  return { id: await saveIfNeeded(request, copy, last, readDraftMeta(request.doc)), copy };
}

/**
 * Snapshots the draft, then runs `replace` on it with no gap: edits that reached an open room
 * while the copy was being written are copied again before anything replaces them.
 * Returns the id of the (last) snapshot taken, or null if none was needed.
 */
export async function snapshotThenReplace(request: SnapshotRequest, replace: () => void): Promise<string | null> {
  const { id, copy } = await takeDraftSnapshot(request);
  const now = copyOf(request.doc);
  const meta = readDraftMeta(request.doc);
  const unchanged = now.content === copy.content && sameForm(now.variables, copy.variables);
  replace();
  if (unchanged) return id;
  return (await saveIfNeeded(request, now, copy, meta)) ?? id;
}

function copyOf(doc: Y.Doc): DraftCopy {
  return { content: draftText(doc).toString(), variables: readDraftForm(doc) };
}

async function saveIfNeeded(request: SnapshotRequest, draft: DraftCopy, last: DraftCopy | null, { base, editors }: DraftMeta): Promise<string | null> {
  const { db, documentId, reason, byName = "", incoming = null } = request;
  // Drafts from before forms lived in the draft do not know their base's form: only text counts.
  const baseCopy = base ? { content: base.content, variables: base.variables ?? draft.variables } : null;
  if (!needsSnapshot({ draft, base: baseCopy, incoming, last })) return null;
  const row = await db.draftSnapshot.create({
    data: {
      documentId,
      content: draft.content,
      variables: JSON.stringify(draft.variables),
      reason,
      actorName: byName,
      editors: JSON.stringify(editors),
      baseNumber: base?.number ?? null,
    },
    select: { id: true },
  });
  return row.id;
}
