import * as Y from "yjs";
import { draftText, readDraftForm, readDraftMeta, type DraftMeta } from "@/lib/core/collab/draft-doc";
import { sameForm } from "@/lib/core/collab/draft-form";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { getDb, type Db } from "../db/client";
import { collabRooms } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";
import { databaseDraftStore } from "./live-draft-store";

export interface LiveDraftView {
  content: string;
  variables: VariableSchema;
  meta: DraftMeta;
  /** Whether text or form differs from the version the draft is based on. */
  differs: boolean;
}

/**
 * A document's live draft as it is now: the open room's, or else the stored one (null when
 * there is none: the draft is then the newest version). For saves (co-authors), the restore
 * question (who has unsaved changes) and comparing a snapshot with the current draft.
 */
export async function readLiveDraft({ db = getDb(), rooms = collabRooms(), documentId }: { db?: Db; rooms?: CollabRooms; documentId: string }): Promise<LiveDraftView | null> {
  const open = rooms.peek(documentId);
  if (open) return view((await open).doc);
  const { state } = await databaseDraftStore(db).load(documentId);
  if (!state) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return view(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The text of a document's live draft when its room is open in this process (null otherwise):
 * free to read, for showing the draft before the page has joined it. Decoding a stored draft
 * took 17–62 ms for the corpus documents, more than a whole page may cost, so pages without an
 * open room show the newest version and the editor switches to the stored draft on joining.
 */
export async function openDraftText({ rooms = collabRooms(), documentId }: { rooms?: CollabRooms; documentId: string }): Promise<string | null> {
  const open = rooms.peek(documentId);
  return open ? draftText((await open).doc).toString() : null;
}

function view(doc: Y.Doc): LiveDraftView {
  const meta = readDraftMeta(doc);
  const content = draftText(doc).toString();
  const variables = readDraftForm(doc);
  const base = meta.base;
  const differs = base !== null && (content !== base.content || !sameForm(variables, base.variables ?? variables));
  return { content, variables, meta, differs };
}
