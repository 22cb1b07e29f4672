import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { exportArchive } from "../archive/export-archive";
import type { Db } from "../db/client";
import { setArchived } from "../documents/archive-document";
import { compareVersions } from "../documents/compare-versions";
import { createVersion } from "../documents/create-version";
import { deleteDocument } from "../documents/delete-document";
import { getDocument } from "../documents/get-document";
import { getVersion } from "../documents/get-version";
import { importDocumentFile } from "../documents/import-document-file";
import { resolveVersion } from "../documents/resolve-version";
import { restoreVersion } from "../documents/restore-version";
import { updateDocument } from "../documents/update-document";
import { listLabelEvents } from "../labels/list-label-events";
import { setLabel } from "../labels/set-label";
import { setLabelProtection } from "../labels/set-label-protection";
import { deletePreset } from "../presets/delete-preset";
import { listPresets } from "../presets/list-presets";
import { savePreset } from "../presets/save-preset";
import { renderDocument } from "../render/render-document";
import { renderWithIncludes } from "../render/render-with-includes";
import { createShareLink } from "../share-links/create-share-link";
import { listShareLinks } from "../share-links/list-share-links";
import { revokeShareLink } from "../share-links/revoke-share-link";
import { createTestDb, createTestMember } from "../testing/test-db";
import { assertNotArchived } from "../documents/assert-not-archived";
import { getDraftSnapshot, listDraftSnapshots } from "../drafts/list-draft-snapshots";
import { authorizeDocument, type DocumentAccess } from "./authorize";

/**
 * Every use case scopes its queries by the workspace of the access it is handed, not only by
 * the document id. Each test hands a real access of workspace A whose document id (or a
 * version, label, preset or share link named in the call) belongs to workspace B, the way a
 * wrong id passed along by a future caller would, and checks that B is neither read nor changed.
 * Without the `workspaceId` in the use case's where-clauses, each of these would reach B.
 */

let db: Db;
let cleanup: () => Promise<void>;
let a: Awaited<ReturnType<typeof createTestMember>>;
let b: Awaited<ReturnType<typeof createTestMember>>;
let accessA: DocumentAccess;
let accessB: DocumentAccess;
/** A's access (workspace A, A's role), pointed at B's document. */
let crossed: DocumentAccess;
let linkOfB: string;

const text = (s: string) => new TextEncoder().encode(s);
const notFound = { code: "not_found" };

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  a = await createTestMember(db, { name: "Ana" });
  b = await createTestMember(db, { name: "Ben" });
  await importDocumentFile({ db, workspaceId: a.workspaceId, fileName: "alpha.md", bytes: text("Alpha {{name}}"), authorName: "Ana" });
  await importDocumentFile({ db, workspaceId: b.workspaceId, fileName: "beta.md", bytes: text("Beta secret v1 {{name}}"), authorName: "Ben" });
  accessA = await authorizeDocument({ db, actor: a.user, slug: "alpha", permission: "document.delete" });
  accessB = await authorizeDocument({ db, actor: b.user, slug: "beta", permission: "document.delete" });
  await createVersion({ db, access: accessB, input: { content: "Beta secret v2", message: "", baseVersion: 1 }, authorName: "Ben", actor: b.actor });
  await setLabel({ db, access: accessB, input: { name: "production", version: 1 }, actorName: "Ben", actor: b.actor });
  await savePreset({ db, access: accessB, input: { name: "b-case", values: { name: "Ben" } }, owner: b.user });
  linkOfB = (await createShareLink({ db, access: accessB, actor: b.actor, input: { target: { kind: "head" }, access: "preview" } })).id;
  crossed = { ...accessA, documentId: accessB.documentId };
});
afterAll(() => cleanup());

/** B's rows as they are after setup; every test ends by checking they did not change. */
async function stateOfB() {
  const doc = await db.document.findUnique({
    where: { id: accessB.documentId },
    select: {
      title: true,
      slug: true,
      archivedAt: true,
      versions: { select: { number: true, content: true }, orderBy: { number: "asc" } },
      labels: { select: { name: true, versionNumber: true, protected: true } },
      labelEvents: { select: { toNumber: true } },
      presets: { select: { name: true, values: true } },
      shareLinks: { select: { id: true, revokedAt: true } },
    },
  });
  return doc;
}
let before: Awaited<ReturnType<typeof stateOfB>>;
beforeAll(async () => {
  before = await stateOfB();
  expect(before?.versions).toHaveLength(2);
});
const unchanged = async () => expect(await stateOfB()).toEqual(before);

describe("an access of workspace A never reaches workspace B", () => {
  it("documents: reading, renaming, archiving and deleting find nothing", async () => {
    await expect(getDocument({ db, access: crossed })).rejects.toMatchObject(notFound);
    await expect(updateDocument({ db, access: crossed, input: { title: "Taken over", newSlug: "taken" }, actor: a.actor })).rejects.toMatchObject(notFound);
    await expect(setArchived({ db, access: crossed, archived: true, actor: a.actor })).rejects.toMatchObject(notFound);
    await expect(deleteDocument({ db, access: crossed, actor: a.actor })).rejects.toMatchObject(notFound);
    await unchanged();
    // The same calls with A's own access work, so the refusals above are the scoping's.
    expect((await getDocument({ db, access: accessA })).title).toBe("alpha");
  });

  it("versions: saving, resolving, reading, comparing and restoring find nothing", async () => {
    const save = createVersion({ db, access: crossed, input: { content: "injected", message: "", baseVersion: 2 }, authorName: "Ana", actor: a.actor });
    await expect(save).rejects.toMatchObject(notFound);
    for (const ref of [1, "latest", "production"] as const) {
      await expect(resolveVersion({ db, access: crossed, ref })).rejects.toMatchObject(notFound);
    }
    await expect(getVersion({ db, access: crossed, number: 1 })).rejects.toMatchObject(notFound);
    await expect(compareVersions({ db, access: crossed, from: 1, to: 2 })).rejects.toMatchObject(notFound);
    await expect(restoreVersion({ db, access: crossed, version: 1, authorName: "Ana", actor: a.actor })).rejects.toMatchObject(notFound);
    await unchanged();
  });

  it("labels: moving, protecting and listing moves find nothing", async () => {
    await expect(setLabel({ db, access: crossed, input: { name: "production", version: 2 }, actorName: "Ana", actor: a.actor })).rejects.toMatchObject(notFound);
    await expect(setLabelProtection({ db, access: crossed, actor: a.actor, name: "production", isProtected: true })).rejects.toMatchObject(notFound);
    expect(await listLabelEvents({ db, access: crossed })).toEqual([]);
    expect(await listLabelEvents({ db, access: accessB })).toHaveLength(1);
    await unchanged();
  });

  it("presets: saving, listing and deleting find nothing, even under B's owner's id", async () => {
    await expect(savePreset({ db, access: crossed, input: { name: "a-case", values: {} }, owner: a.user })).rejects.toMatchObject(notFound);
    expect(await listPresets({ db, access: crossed, userId: b.user.id })).toEqual([]);
    await expect(deletePreset({ db, access: crossed, name: "b-case", userId: b.user.id })).rejects.toMatchObject(notFound);
    await unchanged();
  });

  it("share links: creating, listing and revoking find nothing, by document or by link id", async () => {
    await expect(
      createShareLink({ db, access: crossed, actor: a.actor, input: { target: { kind: "head" }, access: "preview" } }),
    ).rejects.toMatchObject(notFound);
    expect(await listShareLinks({ db, access: crossed })).toEqual([]);
    await expect(revokeShareLink({ db, access: crossed, actor: a.actor, id: linkOfB })).rejects.toMatchObject(notFound);
    // A's own, genuine access with B's link id.
    await expect(revokeShareLink({ db, access: accessA, actor: a.actor, id: linkOfB })).rejects.toMatchObject(notFound);
    await unchanged();
  });

  it("export: the archive holds nothing of B", async () => {
    expect((await exportArchive({ db, access: crossed })).documents).toEqual([]);
    expect((await exportArchive({ db, access: accessB })).documents.map((doc) => doc.slug)).toEqual(["beta"]);
  });

  it("render: B's text is never rendered", async () => {
    await expect(renderDocument({ db, access: crossed, input: { values: {} } })).rejects.toMatchObject(notFound);
    await expect(renderDocument({ db, access: crossed, input: { ref: 1, values: {} } })).rejects.toMatchObject(notFound);
    expect((await renderDocument({ db, access: accessA, input: { values: { name: "Ada" } } })).result.text).toBe("Alpha Ada");
    // An include names a document by slug: B's "beta" is not A's, so it stays unresolved.
    await importDocumentFile({ db, workspaceId: a.workspaceId, fileName: "includer.md", bytes: text("Start {{> beta}} end"), authorName: "Ana" });
    const includer = await authorizeDocument({ db, actor: a.user, slug: "includer", permission: "document.read" });
    for (const formDefaults of [false, true]) {
      const { result } = await renderWithIncludes({ db, access: includer, values: {}, formDefaults });
      expect(result.text).not.toContain("Beta secret");
      expect(result.problems.map((problem) => problem.message).join(" ")).toMatch(/beta/);
    }
  });
  it("draft history and the archived check: B's kept drafts and state are out of reach", async () => {
    const kept = await db.draftSnapshot.create({
      data: { documentId: accessB.documentId, content: "Beta secret draft", variables: "[]", reason: "replaced", actorName: "Ben", editors: "[]" },
    });
    await setArchived({ db, access: accessB, archived: true, actor: b.actor });
    expect(await listDraftSnapshots({ db, access: crossed })).toEqual([]);
    await expect(getDraftSnapshot({ db, access: crossed, id: kept.id })).rejects.toMatchObject(notFound);
    // Crossed into B, the check reads nothing of B's (archived) row, so it does not refuse.
    await expect(assertNotArchived({ db, access: crossed })).resolves.toBeUndefined();
    await expect(assertNotArchived({ db, access: accessB })).rejects.toMatchObject({ code: "conflict" });
    await setArchived({ db, access: accessB, archived: false, actor: b.actor });
    expect(await listDraftSnapshots({ db, access: accessB })).toHaveLength(1);
  });
});
