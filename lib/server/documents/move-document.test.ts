import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import { authorizeDocument } from "../access/authorize";
import type { Db } from "../db/client";
import { processEventBus } from "../events/domain-events";
import { createTestDb, createTestMember, testAccess } from "../testing/test-db";
import { createDocument } from "./create-document";
import { findRenamedSlug } from "./find-renamed-slug";
import { moveDocument } from "./move-document";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

async function documentIn(workspaceId: string, title = "Backend agent") {
  return (await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId, input: { title, format: "plain", authorName: "a" } })).slug;
}
const folderOf = async (slug: string) => (await db.document.findUniqueOrThrow({ where: { slug }, select: { folder: true } })).folder;

describe("moving a document to a folder", () => {
  it("changes only the folder: the slug and its links stay, and the move is audited and announced", async () => {
    const { workspaceId, user, actor } = await createTestMember(db, { role: "editor" });
    const slug = await documentIn(workspaceId);
    const events: unknown[] = [];
    const unsubscribe = processEventBus().subscribe("document.changed", (event) => void events.push(event));
    try {
      const access = await authorizeDocument({ db, actor: user, slug, permission: "document.edit" });
      expect(await moveDocument({ db, access, actor, input: { folder: "/agents/backend/" } })).toEqual({ slug, folder: "agents/backend", moved: true });
      expect(await folderOf(slug)).toBe("agents/backend");
      expect(await findRenamedSlug({ db, slug })).toBeNull();
      expect(events).toEqual([{ workspaceId, documentId: access.documentId, change: "updated" }]);
      const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "document.move" } });
      expect([audit.target, JSON.parse(audit.before!), JSON.parse(audit.after!)]).toEqual([slug, { folder: "" }, { folder: "agents/backend" }]);

      // The same folder again: nothing written, nothing announced.
      expect(await moveDocument({ db, access, actor, input: { folder: "agents/backend" } })).toMatchObject({ moved: false });
      expect(events).toHaveLength(1);
      await moveDocument({ db, access, actor, input: { folder: "" } });
      expect(await folderOf(slug)).toBe("");
    } finally {
      unsubscribe();
    }
  });

  it("refuses a viewer (403), also when handed a read access", async () => {
    const owner = await createTestMember(db);
    const viewer = await createTestMember(db, { workspaceId: owner.workspaceId, role: "viewer" });
    const slug = await documentIn(owner.workspaceId);
    await expect(authorizeDocument({ db, actor: viewer.user, slug, permission: "document.edit" })).rejects.toMatchObject({ code: "forbidden" });
    const readAccess = await authorizeDocument({ db, actor: viewer.user, slug, permission: "document.read" });
    await expect(moveDocument({ db, access: readAccess, actor: viewer.actor, input: { folder: "x" } })).rejects.toMatchObject({ code: "forbidden" });
    expect(await folderOf(slug)).toBe("");
  });

  it("does not find another workspace's document (404)", async () => {
    const owner = await createTestMember(db);
    const stranger = await createTestMember(db);
    const slug = await documentIn(owner.workspaceId);
    await expect(authorizeDocument({ db, actor: stranger.user, slug, permission: "document.edit" })).rejects.toMatchObject({ code: "not_found" });
    expect(await folderOf(slug)).toBe("");
  });

  it("refuses paths that are not folder paths, with the reason, and moves nothing", async () => {
    const { workspaceId } = await createTestMember(db);
    const slug = await documentIn(workspaceId);
    const access = await testAccess(db, slug, "document.edit");
    for (const folder of ["../x", "a//b", "a/../../b", "a\\b", "a\u0000b"]) {
      await expect(moveDocument({ db, access, actor: SYSTEM_ACTOR, input: { folder } }), folder).rejects.toMatchObject({ name: "ZodError" });
    }
    expect(await folderOf(slug)).toBe("");
  });
});
