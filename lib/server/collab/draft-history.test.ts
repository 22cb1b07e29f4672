import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { draftText, noteDraftEditor, readDraftForm, readDraftMeta, setDraftNotice, writeDraftForm } from "@/lib/core/collab/draft-doc";
import { authorizeDocument } from "../access/authorize";
import type { Db } from "../db/client";
import { createDocument } from "../documents/create-document";
import { createVersion } from "../documents/create-version";
import { getDocument } from "../documents/get-document";
import { restoreVersion } from "../documents/restore-version";
import { listDraftSnapshots, getDraftSnapshot } from "../drafts/list-draft-snapshots";
import { createTestDb, createTestMember, testAccess } from "../testing/test-db";
import { CollabRooms } from "./collab-rooms";
import { watchDraftForSnapshots } from "./draft-snapshotter";
import { databaseDraftStore } from "./live-draft-store";
import { readLiveDraft } from "./read-live-draft";
import { restoreDraftSnapshot } from "./restore-draft-snapshot";
import { subscribeLiveDrafts } from "./subscribe-live-drafts";
import { guardDraftEditors } from "./guard-draft-editors";
import { guardDraftMeta } from "./guard-draft-meta";
import type { Peer } from "./collab-room";

/** The access a page gets for this document (draft history is read through it, as pages do). */
const accessOf = async (documentId: string) =>
  testAccess(db, (await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { slug: true } })).slug);

let db: Db;
let cleanup: () => Promise<void>;
let unsubscribe: () => void;
let openRooms: CollabRooms | undefined;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(async () => {
  unsubscribe?.();
  await openRooms?.flushAll();
  return cleanup();
});

/** A document with v2 "first" and v3 "second" (v1 is the new document's text), Ana (editor) and Vic (viewer) in its workspace. */
async function setUp({ watch }: { watch?: number } = {}) {
  const ana = await createTestMember(db, { role: "editor", name: "Ana" });
  const vic = await createTestMember(db, { role: "viewer", name: "Vic", workspaceId: ana.workspaceId });
  const { slug } = await createDocument({ db, actor: ana.actor, workspaceId: ana.workspaceId, input: { title: "Live", format: "plain", authorName: "Ana" } });
  const { id: documentId } = await db.document.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  await createVersion({ db, access: await testAccess(db, slug), actor: ana.actor, input: { content: "first", message: "", baseVersion: 1 }, authorName: "Ana" });
  await createVersion({ db, access: await testAccess(db, slug), actor: ana.actor, input: { content: "second", message: "", baseVersion: 2 }, authorName: "Ana" });
  const rooms = new CollabRooms(databaseDraftStore(db), watch ? (room) => watchDraftForSnapshots(room, { db, intervalMs: watch }) : undefined);
  unsubscribe = subscribeLiveDrafts({ db, rooms });
  openRooms = rooms;
  const access = (who: typeof ana, permission: "document.read" | "document.edit" = "document.read") =>
    authorizeDocument({ db, actor: who.user, slug, permission });
  return { slug, documentId, rooms, ana, vic, access };
}

describe("draft history", () => {
  it("restoring a version with a room open keeps the replaced draft, names who changed it, and tells everyone", async () => {
    const { slug, documentId, rooms, ana } = await setUp();
    const room = await rooms.open(documentId);
    draftText(room.doc).insert(draftText(room.doc).length, " + Ben's unsaved paragraph");
    noteDraftEditor(room.doc, "Ben", null);

    await restoreVersion({ db, access: await testAccess(db, slug), actor: ana.actor, version: 2, authorName: "Ana" });

    expect(draftText(room.doc).toString()).toBe("first");
    expect(readDraftMeta(room.doc).notice).toEqual({ kind: "restored-version", byName: "Ana", number: 2, kept: true });
    const [kept] = await listDraftSnapshots({ db, access: await accessOf(documentId) });
    expect(kept).toMatchObject({ title: "Draft before restore, by Ana", reason: "before-restore", actorName: "Ana", editors: ["Ben"], baseNumber: 3 });
    expect((await getDraftSnapshot({ db, access: await accessOf(documentId), id: kept!.id })).content).toBe("second + Ben's unsaved paragraph");
  });

  it("restoring a version with nobody connected keeps the stored draft first", async () => {
    const { slug, documentId, rooms, ana } = await setUp();
    const room = await rooms.open(documentId);
    draftText(room.doc).insert(0, "typed then left: ");
    noteDraftEditor(room.doc, "Ben", null);
    await rooms.release(room);
    expect(rooms.peek(documentId)).toBeUndefined();

    await restoreVersion({ db, access: await testAccess(db, slug), actor: ana.actor, version: 2, authorName: "Ana" });

    const snapshots = await listDraftSnapshots({ db, access: await accessOf(documentId) });
    expect(snapshots.map((s) => s.title)).toEqual(["Draft before restore, by Ana"]);
    expect((await getDraftSnapshot({ db, access: await accessOf(documentId), id: snapshots[0]!.id })).content).toBe("typed then left: second");
    expect((await readLiveDraft({ db, rooms, documentId }))?.content).toBe("first");
  });

  it("keeps nothing when the draft is its base version (it is a version already)", async () => {
    const { slug, documentId, rooms, ana } = await setUp();
    const room = await rooms.open(documentId);
    await restoreVersion({ db, access: await testAccess(db, slug), actor: ana.actor, version: 2, authorName: "Ana" });
    expect(await listDraftSnapshots({ db, access: await accessOf(documentId) })).toEqual([]);
    expect(readDraftMeta(room.doc).notice).toMatchObject({ kept: false });
  });

  it("a kept draft can be restored by an editor; the draft it replaces is kept too", async () => {
    const { slug, documentId, rooms, ana, access } = await setUp();
    const room = await rooms.open(documentId);
    draftText(room.doc).insert(0, "Ben's words. ");
    await restoreVersion({ db, access: await testAccess(db, slug), actor: ana.actor, version: 2, authorName: "Ana" });
    const [beforeRestore] = await listDraftSnapshots({ db, access: await accessOf(documentId) });
    draftText(room.doc).insert(0, "Ana typed after. ");

    const result = await restoreDraftSnapshot({ db, rooms, access: await access(ana, "document.edit"), snapshotId: beforeRestore!.id, byName: "Ana" });

    expect(draftText(room.doc).toString()).toBe("Ben's words. second");
    expect(readDraftMeta(room.doc)).toMatchObject({ notice: { kind: "restored-snapshot", byName: "Ana", kept: true }, editors: ["Ana"] });
    const snapshots = await listDraftSnapshots({ db, access: await accessOf(documentId) });
    expect(snapshots[0]).toMatchObject({ id: result.kept, title: "Draft before restoring an earlier draft, by Ana" });
    expect((await getDraftSnapshot({ db, access: await accessOf(documentId), id: result.kept! })).content).toBe("Ana typed after. first");
  });

  it("restores a kept draft into the stored draft when nobody is connected", async () => {
    const { slug, documentId, rooms, ana, access } = await setUp();
    const room = await rooms.open(documentId);
    draftText(room.doc).insert(0, "kept: ");
    await rooms.release(room);
    await restoreVersion({ db, access: await testAccess(db, slug), actor: ana.actor, version: 2, authorName: "Ana" });
    const [kept] = await listDraftSnapshots({ db, access: await accessOf(documentId) });
    await restoreDraftSnapshot({ db, rooms, access: await access(ana, "document.edit"), snapshotId: kept!.id, byName: "Ana" });
    expect((await readLiveDraft({ db, rooms, documentId }))?.content).toBe("kept: second");
  });

  it("refuses a viewer (403) and a snapshot of another document (404), changing nothing", async () => {
    const { slug, documentId, rooms, ana, vic, access } = await setUp();
    const room = await rooms.open(documentId);
    draftText(room.doc).insert(0, "Ben's words. ");
    await restoreVersion({ db, access: await testAccess(db, slug), actor: ana.actor, version: 2, authorName: "Ana" });
    const [kept] = await listDraftSnapshots({ db, access: await accessOf(documentId) });

    await expect(restoreDraftSnapshot({ db, rooms, access: await access(vic), snapshotId: kept!.id, byName: "Vic" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(access(vic, "document.edit")).rejects.toMatchObject({ code: "forbidden" });
    const other = await createDocument({ db, actor: ana.actor, workspaceId: ana.workspaceId, input: { title: "Other", format: "plain", authorName: "Ana" } });
    const otherAccess = await authorizeDocument({ db, actor: ana.user, slug: other.slug, permission: "document.edit" });
    await expect(restoreDraftSnapshot({ db, rooms, access: otherAccess, snapshotId: kept!.id, byName: "Ana" })).rejects.toMatchObject({ code: "not_found" });
    expect(draftText(room.doc).toString()).toBe("first");
  });

  it("keeps a changing draft every few minutes (here: milliseconds), and only when it changed", async () => {
    const { documentId, rooms } = await setUp({ watch: 20 });
    const room = await rooms.open(documentId);
    draftText(room.doc).insert(0, "one ");
    await expect.poll(async () => (await listDraftSnapshots({ db, access: await accessOf(documentId) })).length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await listDraftSnapshots({ db, access: await accessOf(documentId) })).toHaveLength(1);
    draftText(room.doc).insert(0, "two ");
    await expect.poll(async () => (await listDraftSnapshots({ db, access: await accessOf(documentId) })).length).toBe(2);
    const [newest] = await listDraftSnapshots({ db, access: await accessOf(documentId) });
    expect(newest).toMatchObject({ reason: "periodic", title: "Draft while editing (based on v3)" });
    expect((await getDraftSnapshot({ db, access: await accessOf(documentId), id: newest!.id })).content).toBe("two one second");
  });

  it("a restore right after a periodic copy still keeps a copy that says who restored", async () => {
    const { slug, documentId, rooms, ana } = await setUp({ watch: 20 });
    const room = await rooms.open(documentId);
    draftText(room.doc).insert(0, "typed ");
    await expect.poll(async () => (await listDraftSnapshots({ db, access: await accessOf(documentId) })).length).toBe(1);
    await restoreVersion({ db, access: await testAccess(db, slug), actor: ana.actor, version: 2, authorName: "Ana" });
    expect((await listDraftSnapshots({ db, access: await accessOf(documentId) })).map((s) => s.reason)).toEqual(["before-restore", "periodic"]);
    expect(readDraftMeta(room.doc).notice).toMatchObject({ kept: true });
  });

  it("keeps form settings with the draft across rooms, and in a snapshot before a restore", async () => {
    const { slug, documentId, rooms, ana } = await setUp();
    const room = await rooms.open(documentId);
    writeDraftForm(room.doc, [{ name: "Request", type: "multiline", description: "What to do" }], "browser");
    await rooms.release(room);
    const again = await rooms.open(documentId);
    expect(readDraftForm(again.doc)).toEqual([{ name: "Request", type: "multiline", description: "What to do" }]);
    expect((await readLiveDraft({ db, rooms, documentId }))?.differs).toBe(true);

    await restoreVersion({ db, access: await testAccess(db, slug), actor: ana.actor, version: 2, authorName: "Ana" });
    const [kept] = await listDraftSnapshots({ db, access: await accessOf(documentId) });
    expect((await getDraftSnapshot({ db, access: await accessOf(documentId), id: kept!.id })).variables).toEqual([{ name: "Request", type: "multiline", description: "What to do" }]);
    expect(readDraftForm(again.doc)).toEqual([]);
  });
});

describe("co-authors", () => {
  it("a save from the draft stores everyone else who changed it, shown with the version", async () => {
    const { slug, ana } = await setUp();
    const variables = [{ name: "Request", type: "multiline" as const }];
    await createVersion({
      db,
      access: await testAccess(db, slug),
      actor: ana.actor,
      input: { content: "together", message: "", baseVersion: 3, variables },
      authorName: "Ana",
      fromLiveDraft: true,
      coAuthors: ["Ben", "Ana", "Cy"],
    });
    const doc = await getDocument({ db, access: await testAccess(db, slug) });
    expect(doc.head).toMatchObject({ number: 4, authorName: "Ana", coAuthors: ["Ben", "Cy"], variables });
    expect(doc.versions.find((v) => v.number === 3)?.coAuthors).toEqual([]);
  });

  it("a participant can add only their own name to the draft's editors, so co-authors are true", async () => {
    const { documentId, rooms } = await setUp();
    const room = await rooms.open(documentId);
    const stop = guardDraftEditors(room);
    const eve: Peer = { name: "Eve", userId: "eve", readOnly: false, send: () => undefined, close: () => undefined };
    const browser = new Y.Doc();
    Y.applyUpdate(browser, Y.encodeStateAsUpdate(room.doc));
    const sent: Uint8Array[] = [];
    browser.on("update", (update: Uint8Array) => sent.push(update));
    noteDraftEditor(browser, "Eve", null);
    noteDraftEditor(browser, "Ana", null);
    draftText(browser).insert(0, "Eve's words ");
    for (const update of sent) Y.applyUpdate(room.doc, update, eve);
    expect(readDraftMeta(room.doc).editors).toEqual(["Eve"]);
    expect(draftText(room.doc).toString()).toContain("Eve's words");
    stop();
  });

  it("a participant cannot remove another's name from the editors (dropping a co-author)", async () => {
    const { documentId, rooms } = await setUp();
    const room = await rooms.open(documentId);
    const stop = guardDraftEditors(room);
    noteDraftEditor(room.doc, "Ana", null);
    const browser = new Y.Doc();
    Y.applyUpdate(browser, Y.encodeStateAsUpdate(room.doc));
    const sent: Uint8Array[] = [];
    browser.on("update", (update: Uint8Array) => sent.push(update));
    browser.getMap("editors").delete("Ana");
    for (const update of sent) Y.applyUpdate(room.doc, update, peer("Eve"));
    expect(readDraftMeta(room.doc).editors).toEqual(["Ana"]);
    stop();
  });

  it("a participant cannot write the draft's metadata: a forged notice or base is undone for everyone", async () => {
    const { documentId, rooms } = await setUp();
    const room = await rooms.open(documentId);
    const stop = guardDraftMeta(room);
    const before = readDraftMeta(room.doc);
    const browser = new Y.Doc();
    Y.applyUpdate(browser, Y.encodeStateAsUpdate(room.doc));
    const sent: Uint8Array[] = [];
    browser.on("update", (update: Uint8Array) => sent.push(update));
    setDraftNotice(browser, { kind: "restored-snapshot", byName: "Ana", kept: false }, null);
    browser.getMap("meta").set("base", { number: 99, content: "forged" });
    for (const update of sent) Y.applyUpdate(room.doc, update, peer("Eve"));
    expect(readDraftMeta(room.doc)).toEqual(before);
    // The server's own writes still go through.
    setDraftNotice(room.doc, { kind: "restored-snapshot", byName: "Ana", kept: true }, "server");
    expect(readDraftMeta(room.doc).notice).toMatchObject({ byName: "Ana", kept: true });
    stop();
  });
});

function peer(name: string): Peer {
  return { name, userId: name.toLowerCase(), readOnly: false, send: () => undefined, close: () => undefined };
}
