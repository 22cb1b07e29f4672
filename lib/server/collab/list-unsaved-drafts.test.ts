import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { draftText, noteDraftEditor } from "@/lib/core/collab/draft-doc";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createDocument } from "../documents/create-document";
import { createVersion } from "../documents/create-version";
import { createTestDb, testAccess, testWorkspaceId } from "../testing/test-db";
import { CollabRooms } from "./collab-rooms";
import { listUnsavedDrafts } from "./list-unsaved-drafts";
import { databaseDraftStore } from "./live-draft-store";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

async function typeInto(rooms: CollabRooms, documentId: string, text: string, editor: string) {
  const room = await rooms.open(documentId);
  draftText(room.doc).insert(0, text);
  noteDraftEditor(room.doc, editor, null);
  await rooms.release(room);
}

describe("listUnsavedDrafts", () => {
  it("names who left unsaved changes, reads each stored draft once until it or the document changes", async () => {
    const workspaceId = await testWorkspaceId(db);
    const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId, input: { title: "Live", format: "plain", authorName: "Ana" } });
    const { id: documentId } = await db.document.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const rooms = new CollabRooms(databaseDraftStore(db));
    await typeInto(rooms, documentId, "unsaved ", "Ada");

    const draftReads = vi.spyOn(db.liveDraftUpdate, "findMany");
    expect(await listUnsavedDrafts({ db, rooms, workspaceId })).toEqual(new Map([[slug, ["Ada"]]]));
    const afterFirst = draftReads.mock.calls.length;
    expect(afterFirst).toBeGreaterThan(0);
    // Nothing changed: the library's next view does not decode the draft again.
    expect(await listUnsavedDrafts({ db, rooms, workspaceId })).toEqual(new Map([[slug, ["Ada"]]]));
    expect(draftReads.mock.calls.length).toBe(afterFirst);

    // Another edit is seen at once.
    await typeInto(rooms, documentId, "more ", "Ben");
    expect((await listUnsavedDrafts({ db, rooms, workspaceId })).get(slug)).toEqual(expect.arrayContaining(["Ada", "Ben"]));
    expect(draftReads.mock.calls.length).toBeGreaterThan(afterFirst);

    // A version elsewhere, equal to the draft, leaves nothing unsaved.
    const room = await rooms.open(documentId);
    const text = draftText(room.doc).toString();
    await rooms.release(room);
    await createVersion({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { content: text, message: "", baseVersion: 1 }, authorName: "Ana" });
    draftReads.mockRestore();
    expect((await listUnsavedDrafts({ db, rooms, workspaceId })).has(slug)).toBe(false);
  });
});
