import * as Y from "yjs";
import { markDraftSaved, receiveVersion, replaceDraftText } from "@/lib/core/collab/draft-doc";
import { getDb, type Db } from "../db/client";
import { SERVER_ORIGIN } from "./collab-room";
import { collabRooms } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";
import { databaseDraftStore } from "./live-draft-store";

export interface AnnouncedVersion {
  db?: Db;
  rooms?: CollabRooms;
  documentId: string;
  number: number;
  content: string;
  byName: string;
  /**
   * `draft`: saved from the shared draft (the workbench), which becomes its new base.
   * `restore`: an old version made current; the shared text is replaced with it.
   * `external`: saved elsewhere (API, import): an unchanged draft moves to it, a changed one
   *   keeps its base and merges on its next save.
   */
  source: "draft" | "restore" | "external";
}

/**
 * Tells a document's live draft that a version was saved, so every open page shows it at once
 * and the draft's base stays right. Called after the version's transaction committed.
 */
export async function announceVersion(version: AnnouncedVersion): Promise<void> {
  try {
    await announce(version);
  } catch (error) {
    // The version is saved either way; the draft catches up when its room next opens.
    console.error("Could not tell the live draft about a new version:", error);
  }
}

async function announce({ db = getDb(), rooms = collabRooms(), documentId, number, content, byName, source }: AnnouncedVersion): Promise<void> {
  const apply = (doc: Y.Doc) => {
    if (source === "external") return receiveVersion(doc, { number, content, byName }, SERVER_ORIGIN);
    if (source === "restore") replaceDraftText(doc, content, SERVER_ORIGIN);
    markDraftSaved(doc, { number, content, byName }, SERVER_ORIGIN);
  };
  const open = rooms.peek(documentId);
  if (open) return apply((await open).doc); // the room writes its draft shortly after
  // Nobody is connected: rooms catch up with the newest version when they open, but a stored
  // draft must not bring back the text a restore replaced.
  if (source !== "restore") return;
  const store = databaseDraftStore(db);
  const { state } = await store.load(documentId);
  if (!state) return; // the next room starts from the newest version, the restored one
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const changes: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => changes.push(update));
  apply(doc);
  if (changes.length > 0) await store.append(documentId, Y.mergeUpdates(changes));
  doc.destroy();
}
