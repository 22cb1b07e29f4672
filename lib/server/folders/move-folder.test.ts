import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import { authorizeWorkspace } from "../access/authorize";
import { chooseWorkspace } from "../access/choose-workspace";
import type { Db } from "../db/client";
import { setArchived } from "../documents/archive-document";
import { createDocument } from "../documents/create-document";
import { findRenamedSlug } from "../documents/find-renamed-slug";
import { processEventBus } from "../events/domain-events";
import { createTestDb, createTestMember, testAccess } from "../testing/test-db";
import { moveFolder } from "./move-folder";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

async function documentIn(workspaceId: string, folder: string, title: string) {
  return (await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId, input: { title, folder, format: "plain", authorName: "a" } })).slug;
}
async function foldersOf(workspaceId: string) {
  const rows = await db.document.findMany({ where: { workspaceId }, select: { slug: true, folder: true }, orderBy: { slug: "asc" } });
  return Object.fromEntries(rows.map((row) => [row.slug, row.folder]));
}

describe("moving a folder", () => {
  it("moves everything in and below it in one go, archived documents too, and keeps every slug", async () => {
    const { workspaceId, user, actor } = await createTestMember(db, { role: "editor" });
    const backend = await documentIn(workspaceId, "agents/backend", "Backend");
    const db2 = await documentIn(workspaceId, "agents/backend/db", "Database");
    const old = await documentIn(workspaceId, "agents/backend", "Old");
    await setArchived({ db, access: await testAccess(db, old), actor: SYSTEM_ACTOR, archived: true });
    const frontend = await documentIn(workspaceId, "agents/frontend", "Frontend");
    // Same name prefix, another folder: not inside agents/backend.
    const lookalike = await documentIn(workspaceId, "agents/backend-old", "Lookalike");
    const stranger = await createTestMember(db);
    const theirs = await documentIn(stranger.workspaceId, "agents/backend", "Theirs");

    const events: unknown[] = [];
    const unsubscribe = processEventBus().subscribe("folder.moved", (event) => void events.push(event));
    try {
      const access = await authorizeWorkspace({ db, actor: user, workspaceId, permission: "document.edit" });
      expect(await moveFolder({ db, access, actor, input: { from: "agents/backend", to: "/services/" } })).toEqual({ from: "agents/backend", to: "services", documents: 3 });
      expect(events).toEqual([{ workspaceId, from: "agents/backend", to: "services", documents: 3 }]);
    } finally {
      unsubscribe();
    }
    expect(await foldersOf(workspaceId)).toEqual({ [backend]: "services", [db2]: "services/db", [old]: "services", [frontend]: "agents/frontend", [lookalike]: "agents/backend-old" });
    expect(await foldersOf(stranger.workspaceId)).toEqual({ [theirs]: "agents/backend" });
    for (const slug of [backend, db2, old]) expect(await findRenamedSlug({ db, slug })).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "folder.move" } });
    expect([audit.target, JSON.parse(audit.after!)]).toEqual(["agents/backend", { folder: "services", documents: 3 }]);
  });

  it("renames in place, merges into an existing folder, and moves up to the top level", async () => {
    const { workspaceId } = await createTestMember(db);
    const access = await authorizeWorkspace({ db, actor: (await createTestMember(db, { workspaceId })).user, workspaceId, permission: "document.edit" });
    const a = await documentIn(workspaceId, "team/a", "A");
    const b = await documentIn(workspaceId, "team/b", "B");
    await moveFolder({ db, access, actor: SYSTEM_ACTOR, input: { from: "team/a", to: "team/b" } });
    expect(await foldersOf(workspaceId)).toEqual({ [a]: "team/b", [b]: "team/b" });
    await moveFolder({ db, access, actor: SYSTEM_ACTOR, input: { from: "team", to: "" } });
    expect(await foldersOf(workspaceId)).toEqual({ [a]: "b", [b]: "b" });
    // Onto itself: nothing to do, nothing announced.
    expect(await moveFolder({ db, access, actor: SYSTEM_ACTOR, input: { from: "b", to: "b" } })).toEqual({ from: "b", to: "b", documents: 0 });
  });

  it("refuses moving a folder into itself, a folder that does not exist, and a result too deep", async () => {
    const { workspaceId, user } = await createTestMember(db);
    const access = await authorizeWorkspace({ db, actor: user, workspaceId, permission: "document.edit" });
    await documentIn(workspaceId, "a/b", "Doc");
    await expect(moveFolder({ db, access, actor: SYSTEM_ACTOR, input: { from: "a", to: "a/b/c" } })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(moveFolder({ db, access, actor: SYSTEM_ACTOR, input: { from: "missing", to: "x" } })).rejects.toMatchObject({ code: "not_found" });
    const deep = Array(16).fill("d").join("/");
    await expect(moveFolder({ db, access, actor: SYSTEM_ACTOR, input: { from: "a", to: deep } })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/16 deep/) });
    for (const to of ["../x", "a//b", "x/../y"]) {
      await expect(moveFolder({ db, access, actor: SYSTEM_ACTOR, input: { from: "a", to } })).rejects.toMatchObject({ name: "ZodError" });
    }
    expect(await foldersOf(workspaceId)).toEqual({ doc: "a/b" });
  });

  it("refuses viewers (403) and cannot reach another workspace's folder (404)", async () => {
    const owner = await createTestMember(db);
    const viewer = await createTestMember(db, { workspaceId: owner.workspaceId, role: "viewer" });
    const stranger = await createTestMember(db, { role: "editor" });
    await documentIn(owner.workspaceId, "secret", "Secret");
    await expect(authorizeWorkspace({ db, actor: viewer.user, workspaceId: owner.workspaceId, permission: "document.edit" })).rejects.toMatchObject({ code: "forbidden" });
    const readAccess = await authorizeWorkspace({ db, actor: viewer.user, workspaceId: owner.workspaceId, permission: "document.read" });
    await expect(moveFolder({ db, access: readAccess, actor: viewer.actor, input: { from: "secret", to: "open" } })).rejects.toMatchObject({ code: "forbidden" });
    // A stranger naming the workspace is not let in; their own workspace has no such folder.
    await expect(chooseWorkspace({ db, actor: stranger.user, allowed: [], workspaceId: owner.workspaceId, permission: "document.edit" })).rejects.toMatchObject({ code: "not_found" });
    const own = await authorizeWorkspace({ db, actor: stranger.user, workspaceId: stranger.workspaceId, permission: "document.edit" });
    await expect(moveFolder({ db, access: own, actor: stranger.actor, input: { from: "secret", to: "mine" } })).rejects.toMatchObject({ code: "not_found" });
    expect(await foldersOf(owner.workspaceId)).toEqual({ secret: "secret" });
  });
});
