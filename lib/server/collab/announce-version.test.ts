import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { draftText, noteDraftEditor, readDraftMeta } from "@/lib/core/collab/draft-doc";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createDocument } from "../documents/create-document";
import { createVersion } from "../documents/create-version";
import { restoreVersion } from "../documents/restore-version";
import { createTestDb, testWorkspaceId, testAccess } from "../testing/test-db";
import { announceVersion } from "./announce-version";
import { CollabRooms } from "./collab-rooms";
import { databaseDraftStore } from "./live-draft-store";
import { subscribeLiveDrafts } from "./subscribe-live-drafts";

let db: Db;
let cleanup: () => Promise<void>;
let unsubscribe: () => void;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => {
  unsubscribe?.();
  return cleanup();
});

async function documentWithDraft() {
  const workspaceId = await testWorkspaceId(db);
  const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId, input: { title: "Live", format: "plain", authorName: "Ana" } });
  const { id: documentId } = await db.document.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const access = await testAccess(db, slug);
  const save = (content: string, baseVersion: number) =>
    createVersion({ db, access, actor: SYSTEM_ACTOR, input: { content, message: "", baseVersion }, authorName: "Ana" });
  const rooms = new CollabRooms(databaseDraftStore(db));
  // Use cases only publish; the draft follows because it subscribes, as the server does.
  unsubscribe = subscribeLiveDrafts({ db, rooms });
  return { slug, documentId, save, rooms };
}

describe("announcing versions to live drafts", () => {
  it("a restore replaces the stored draft's text even when nobody is connected", async () => {
    const { slug, documentId, save, rooms } = await documentWithDraft();
    await save("version two", 1);
    const room = await rooms.open(documentId);
    draftText(room.doc).insert(0, "unsaved ");
    await rooms.release(room);

    await restoreVersion({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, version: 2, authorName: "Ana" });
    const again = await rooms.open(documentId);
    expect(draftText(again.doc).toString()).toBe("version two");
    expect(readDraftMeta(again.doc).base).toMatchObject({ number: 2, content: "version two" });
  });

  it("a save from the draft becomes its base; a save from elsewhere leaves a changed draft's base alone", async () => {
    const { documentId, save, rooms } = await documentWithDraft();
    const room = await rooms.open(documentId);
    draftText(room.doc).insert(0, "shared ");
    noteDraftEditor(room.doc, "Ada", null);
    const text = draftText(room.doc).toString();
    await announceVersion({ db, rooms, documentId, number: (await save(text, 1)).number, content: text, authorName: "Ada", source: "draft" });
    expect(readDraftMeta(room.doc)).toEqual({ base: { number: 2, content: text, variables: [] }, head: 2, savedBy: "Ada", editors: [], notice: null });

    draftText(room.doc).insert(0, "more ");
    await announceVersion({ db, rooms, documentId, number: 3, content: "from the API", authorName: "bot", source: "external" });
    expect(readDraftMeta(room.doc)).toMatchObject({ base: { number: 2 }, head: 3 });
    expect(draftText(room.doc).toString()).toBe(`more ${text}`);
  });

  it("reaches browsers connected to the room", async () => {
    const { documentId, rooms } = await documentWithDraft();
    const room = await rooms.open(documentId);
    const browser = new Y.Doc();
    Y.applyUpdate(browser, Y.encodeStateAsUpdate(room.doc));
    room.doc.on("update", (update: Uint8Array) => Y.applyUpdate(browser, update));
    await announceVersion({ db, rooms, documentId, number: 2, content: "restored text", authorName: "Ana", source: "restore" });
    expect(draftText(browser).toString()).toBe("restored text");
    expect(readDraftMeta(browser)).toMatchObject({ base: { number: 2 }, savedBy: "Ana" });
  });
});
