import type * as Y from "yjs";
import { noteDraftEditor, replaceDraftText, setDraftNotice, writeDraftForm } from "@/lib/core/collab/draft-doc";
import { can, refusal } from "@/lib/core/access/roles";
import type { DocumentAccess } from "../access/authorize";
import { getDb, type Db } from "../db/client";
import { forbidden, notFound } from "../errors";
import { parseVariableSchema } from "../documents/variable-schema-column";
import { SERVER_ORIGIN } from "./collab-room";
import { collabRooms } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";
import { editLiveDraft } from "./edit-live-draft";
import { snapshotThenReplace } from "./take-draft-snapshot";

/**
 * Brings a kept draft back into the live draft (its text and form), for everyone editing. The
 * draft it replaces is kept in the history first, so this is undone the same way. The draft's
 * base stays: the restored text is a change to it, by the person restoring.
 * Needs the edit right on the document (viewers are refused here too, whatever called this).
 */
export async function restoreDraftSnapshot({
  db = getDb(),
  rooms = collabRooms(),
  access,
  snapshotId,
  byName,
}: {
  db?: Db;
  rooms?: CollabRooms;
  access: DocumentAccess;
  snapshotId: string;
  byName: string;
}): Promise<{ kept: string | null }> {
  if (!can(access.role, "document.edit")) throw forbidden(refusal(access.role, "document.edit"));
  const { documentId } = access;
  const snapshot = await db.draftSnapshot.findFirst({ where: { id: snapshotId, documentId }, select: { content: true, variables: true } });
  if (!snapshot) throw notFound("This document has no such draft in its history.");
  const incoming = { content: snapshot.content, variables: parseVariableSchema(snapshot.variables) };
  const restore = async (doc: Y.Doc) => {
    const id = await snapshotThenReplace({ db, documentId, doc, reason: "before-snapshot-restore", byName, incoming }, () =>
      doc.transact(() => {
        replaceDraftText(doc, incoming.content, SERVER_ORIGIN);
        writeDraftForm(doc, incoming.variables, SERVER_ORIGIN);
        noteDraftEditor(doc, byName, SERVER_ORIGIN);
      }, SERVER_ORIGIN),
    );
    setDraftNotice(doc, { kind: "restored-snapshot", byName, kept: id !== null }, SERVER_ORIGIN);
    return id;
  };
  const done = await editLiveDraft({ db, rooms, documentId }, async (doc) => ({ kept: await restore(doc) }));
  if (done) return done;
  // No draft stored and nobody connected: a room starts one from the newest version, takes the
  // restored text and stores it as it closes.
  const room = await rooms.open(documentId);
  try {
    return { kept: await restore(room.doc) };
  } finally {
    await rooms.release(room);
  }
}
