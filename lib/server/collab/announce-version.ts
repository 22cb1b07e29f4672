import type * as Y from "yjs";
import { draftDiffersFromBase, markDraftSaved, receiveVersion, resetDraft, setDraftNotice } from "@/lib/core/collab/draft-doc";
import { getDb, type Db } from "../db/client";
import type { DomainEvents } from "../events/domain-events";
import { SERVER_ORIGIN } from "./collab-room";
import { collabRooms } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";
import { editLiveDraft } from "./edit-live-draft";
import { snapshotThenReplace } from "./take-draft-snapshot";

/**
 * A saved version as use cases publish it (`version.saved`: source `draft`, `restore` or
 * `external`, see domain-events.ts), and where to apply it.
 */
export type AnnouncedVersion = Omit<DomainEvents["version.saved"], "workspaceId"> & { db?: Db; rooms?: CollabRooms };

/**
 * Tells a document's live draft that a version was saved, so every open page shows it at once
 * and the draft's base stays right. Called after the version's transaction committed. Before a
 * restore (or a version from elsewhere) replaces the draft, the draft is kept in its history.
 */
export async function announceVersion(version: AnnouncedVersion): Promise<void> {
  try {
    await announce(version);
  } catch (error) {
    // The version is saved either way; the draft catches up when its room next opens.
    console.error("Could not tell the live draft about a new version:", error);
  }
}

async function announce({ db = getDb(), rooms = collabRooms(), documentId, number, content, authorName: byName, source, variables, restoredFrom }: AnnouncedVersion): Promise<void> {
  const version = { number, content, byName, ...(variables ? { variables } : {}) };
  const incoming = { content, variables: variables ?? [] };
  const apply = async (doc: Y.Doc) => {
    if (source === "draft") return markDraftSaved(doc, version, SERVER_ORIGIN);
    if (source === "external") {
      // Only a draft nobody changed moves; it is kept first all the same (it costs one row at most).
      if (draftDiffersFromBase(doc)) return receiveVersion(doc, version, SERVER_ORIGIN);
      await snapshotThenReplace({ db, documentId, doc, reason: "before-version", byName, incoming }, () => receiveVersion(doc, version, SERVER_ORIGIN));
      return;
    }
    const kept = await snapshotThenReplace({ db, documentId, doc, reason: "before-restore", byName, incoming }, () =>
      resetDraft(doc, version, SERVER_ORIGIN),
    );
    // Everyone with the page open is told, and where the replaced draft went.
    setDraftNotice(doc, { kind: "restored-version", byName, number: restoredFrom ?? number, kept: kept !== null }, SERVER_ORIGIN);
  };
  // With other instances, their rooms may be open on the stored draft: it is changed here and
  // the change relayed (each instance changing its own room would insert a restored text twice).
  if (rooms.peek(documentId) || rooms.relay) {
    await editLiveDraft({ db, rooms, documentId }, apply); // an open room writes its draft shortly after
    return;
  }
  // Nobody is connected: rooms catch up with the newest version when they open, but a stored
  // draft must not bring back the text a restore replaced (it is kept in Draft history).
  if (source === "restore") await editLiveDraft({ db, rooms, documentId }, apply);
}
