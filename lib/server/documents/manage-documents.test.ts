import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createTestDb, testAccess, testWorkspaceId } from "../testing/test-db";
import { setArchived } from "./archive-document";
import { createDocument } from "./create-document";
import { createVersion } from "./create-version";
import { deleteDocument } from "./delete-document";
import { findRenamedSlug } from "./find-renamed-slug";
import { getDocument } from "./get-document";
import { listDocuments } from "./list-documents";
import { restoreVersion } from "./restore-version";
import { updateDocument } from "./update-document";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

const create = async (title: string) => (await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input: { title, format: "plain", authorName: "a" } })).slug;

describe("managing documents", () => {
  it("restores an old version as a new one without rewriting history", async () => {
    const access = await testAccess(db, await create("Restorable"));
    const original = (await getDocument({ db, access })).head.content;
    await createVersion({ db, access, actor: SYSTEM_ACTOR, input: { content: "changed", message: "", baseVersion: 1 }, authorName: "a" });
    expect(await restoreVersion({ db, access, actor: SYSTEM_ACTOR, version: 1, authorName: "b" })).toEqual({ created: true, number: 3 });
    const doc = await getDocument({ db, access });
    expect(doc.head.content).toBe(original);
    expect(doc.versions.map((v) => [v.number, v.message])).toEqual([[3, "Restored from v1"], [2, ""], [1, "Created"]]);
  });

  it("renames title and slug, keeps the old slug as a redirect, and refuses a slug in use", async () => {
    const slug = await create("Old name");
    const other = await create("Other");
    const access = await testAccess(db, slug);
    await updateDocument({ db, access, actor: SYSTEM_ACTOR, input: { title: "New name", newSlug: "new-name", tags: ["ops", "ops", " a "], description: "d" } });
    const doc = await getDocument({ db, access });
    expect(doc.slug).toBe("new-name");
    expect([doc.title, doc.tags, doc.description]).toEqual(["New name", ["ops", "a"], "d"]);
    expect(await findRenamedSlug({ db, slug })).toBe("new-name");
    await expect(updateDocument({ db, access, actor: SYSTEM_ACTOR, input: { newSlug: other } })).rejects.toMatchObject({ code: "conflict" });
    // Renaming back takes the old slug over again.
    await updateDocument({ db, access, actor: SYSTEM_ACTOR, input: { newSlug: slug } });
    expect(await findRenamedSlug({ db, slug: "new-name" })).toBe(slug);
    expect(await findRenamedSlug({ db, slug })).toBeNull();
  });

  it("archives out of the library and back, and deletes for good", async () => {
    const slug = await create("Archivable");
    const access = await testAccess(db, slug);
    await setArchived({ db, access, actor: SYSTEM_ACTOR, archived: true });
    expect((await listDocuments({ db, workspaceIds: [await testWorkspaceId(db)] })).documents.map((d) => d.slug)).not.toContain(slug);
    expect((await listDocuments({ db, workspaceIds: [await testWorkspaceId(db)], archived: true })).documents.map((d) => d.slug)).toEqual([slug]);
    await setArchived({ db, access, actor: SYSTEM_ACTOR, archived: false });
    expect((await listDocuments({ db, workspaceIds: [await testWorkspaceId(db)] })).documents.map((d) => d.slug)).toContain(slug);

    await deleteDocument({ db, access, actor: SYSTEM_ACTOR });
    await expect(getDocument({ db, access })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.version.count()).toBe(0);
    await expect(deleteDocument({ db, access, actor: SYSTEM_ACTOR })).rejects.toMatchObject({ code: "not_found" });
  });

  it("lists each document with its newest version's size in bytes, count and author, and filters by title", async () => {
    const slug = await create("Sized");
    const access = await testAccess(db, slug);
    await createVersion({ db, access, actor: SYSTEM_ACTOR, authorName: "a", input: { content: "héllo wörld", message: "", baseVersion: 1 } });
    const workspaceIds = [await testWorkspaceId(db)];
    const find = async (titleFilter = "") => (await listDocuments({ db, workspaceIds, titleFilter })).documents.find((d) => d.slug === slug);
    expect(await find()).toMatchObject({ size: 13, versionCount: 2, latestAuthorName: "a" });
    // A newer version is a different row: its size is measured, not taken from the last one.
    await createVersion({ db, access, actor: SYSTEM_ACTOR, authorName: "b", input: { content: "short", message: "", baseVersion: 2 } });
    expect(await find()).toMatchObject({ size: 5, versionCount: 3, latestAuthorName: "b" });
    await restoreVersion({ db, access, actor: SYSTEM_ACTOR, version: 2, authorName: "c" });
    expect(await find()).toMatchObject({ size: 13, versionCount: 4, latestAuthorName: "c" });
    expect(await find("SIZ")).toBeDefined();
    expect(await find("other")).toBeUndefined();
  });
});
